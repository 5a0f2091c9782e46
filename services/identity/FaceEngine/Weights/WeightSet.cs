namespace Platform.Identity.FaceEngine.Weights;

/// <summary>Every weight of a model, by the name the manifest gives it.</summary>
public sealed class WeightSet(IReadOnlyDictionary<string, WeightTensor> tensors)
{
    public IReadOnlyCollection<string> Names => tensors.Keys.ToArray();

    public int Count => tensors.Count;

    public long TotalValues => tensors.Values.Sum(t => t.Data.LongLength);

    public bool Contains(string name) => tensors.ContainsKey(name);

    /// <summary>The weight called <paramref name="name"/>; when <paramref name="expectedShape"/> is given, it must match exactly.</summary>
    public WeightTensor Get(string name, params int[] expectedShape)
    {
        if (!tensors.TryGetValue(name, out var tensor))
        {
            throw new WeightsFormatException($"weight '{name}' is not in the manifest");
        }

        if (expectedShape.Length > 0 && !tensor.Shape.SequenceEqual(expectedShape))
        {
            throw new WeightsFormatException($"weight '{name}' has shape [{string.Join(',', tensor.Shape)}], expected [{string.Join(',', expectedShape)}]");
        }

        return tensor;
    }
}
