using Platform.Identity.FaceEngine.Tensors;

namespace FaceEngine.Tests.Reference;

/// <summary>Every layer of ours beside TF.js's, failing with the largest difference of every layer when one is too far.</summary>
public static class LayerComparison
{
    public static void AssertAllClose(IReadOnlyList<ReferenceLayer> reference, IReadOnlyDictionary<string, FeatureMap> ours, string[] expectedNames, float tolerance)
    {
        Assert.Equal(expectedNames, reference.Select(layer => layer.Name));
        Assert.Equal(expectedNames, ours.Keys);
        var differences = reference.Select(layer => (layer.Name, Worst: LargestDifference(layer, ours[layer.Name]))).ToList();
        if (differences.Any(d => !(d.Worst <= tolerance)))
        {
            Assert.Fail($"over {tolerance}; largest difference per layer: " + string.Join(", ", differences.Select(d => $"{d.Name} {d.Worst:G3}")));
        }
    }

    private static float LargestDifference(ReferenceLayer expected, FeatureMap actual)
    {
        Assert.Equal(expected.Shape, new[] { actual.Height, actual.Width, actual.Channels });
        var worst = 0f;
        for (var i = 0; i < expected.Values.Length; i++)
        {
            var difference = Math.Abs(expected.Values[i] - actual.Data[i]);
            if (difference > worst || float.IsNaN(difference))
            {
                worst = difference;
            }
        }

        return worst;
    }
}
