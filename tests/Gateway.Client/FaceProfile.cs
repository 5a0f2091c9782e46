namespace Platform.Gateway.Client;

/// <summary>
/// A person's face as the device's model would describe it: a 128-number unit vector. Each capture of the same
/// face comes out slightly different (a little noise); another person's is a different vector far away.
/// </summary>
public sealed class FaceProfile
{
    public const int Length = 128;
    private readonly float[] _template;
    private readonly Random _random;

    private FaceProfile(float[] template, Random random)
    {
        _template = template;
        _random = random;
    }

    public static FaceProfile Create(int? seed = null)
    {
        var random = seed is { } s ? new Random(s) : new Random();
        return new FaceProfile(UnitVector(random), random);
    }

    /// <summary>What the device sends at enrolment.</summary>
    public float[] Enrolment() => [.. _template];

    /// <summary>A fresh capture of this face: the template plus per-number noise (distance ≈ noise × √128).</summary>
    public float[] Capture(double noise = 0.02)
    {
        var probe = new float[Length];
        for (var i = 0; i < Length; i++) probe[i] = _template[i] + (float)(Gaussian(_random) * noise);
        return probe;
    }

    /// <summary>Someone else's face.</summary>
    public static float[] Stranger() => UnitVector(new Random());

    private static float[] UnitVector(Random random)
    {
        var vector = new float[Length];
        double norm = 0;
        for (var i = 0; i < Length; i++)
        {
            vector[i] = (float)Gaussian(random);
            norm += vector[i] * vector[i];
        }
        var scale = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < Length; i++) vector[i] *= scale;
        return vector;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
