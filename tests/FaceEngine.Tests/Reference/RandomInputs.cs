using Platform.Identity.FaceEngine.Tensors;

namespace FaceEngine.Tests.Reference;

/// <summary>Square RGB inputs of whole values 0–255 from a seeded generator, the same numbers for both implementations.</summary>
public static class RandomInputs
{
    public static FeatureMap Square(int size, int seed)
    {
        var random = new Random(seed);
        var map = new FeatureMap(size, size, 3);
        for (var i = 0; i < map.Data.Length; i++)
        {
            map.Data[i] = random.Next(256);
        }

        return map;
    }
}
