namespace Platform.Identity.FaceEngine.Recognition;

/// <summary>The recognition net's 128 numbers for one face; faces of one person lie close in Euclidean distance.</summary>
public sealed class FaceDescriptor
{
    public const int Length = 128;

    /// <summary>The models' published operating point: closer than this is taken as the same person.</summary>
    public const double DefaultThreshold = 0.6;

    public FaceDescriptor(float[] values)
    {
        if (values.Length != Length)
        {
            throw new ArgumentException($"a face descriptor has {Length} values, got {values.Length}", nameof(values));
        }

        Values = values;
    }

    public IReadOnlyList<float> Values { get; }

    public double DistanceTo(FaceDescriptor other)
    {
        var sum = 0.0;
        for (var i = 0; i < Length; i++)
        {
            var difference = (double)Values[i] - other.Values[i];
            sum += difference * difference;
        }

        return Math.Sqrt(sum);
    }

    public bool Matches(FaceDescriptor other, double threshold = DefaultThreshold) => DistanceTo(other) < threshold;
}
