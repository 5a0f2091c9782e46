namespace Platform.Identity.FaceEngine.Weights;

/// <summary>A named weight as float32, row-major in the order of <see cref="Shape"/> (TF.js order, e.g. [h, w, in, out] for conv filters).</summary>
public sealed class WeightTensor
{
    public WeightTensor(string name, int[] shape, float[] data)
    {
        var count = shape.Aggregate(1L, (product, dimension) => product * dimension);
        if (count != data.LongLength)
        {
            throw new ArgumentException($"{name}: shape [{string.Join(',', shape)}] holds {count} values, data has {data.LongLength}", nameof(data));
        }

        Name = name;
        Shape = shape;
        Data = data;
    }

    public string Name { get; }

    public IReadOnlyList<int> Shape { get; }

    public float[] Data { get; }

    public override string ToString() => $"{Name} [{string.Join(',', Shape)}]";
}
