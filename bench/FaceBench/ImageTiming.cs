namespace Platform.Bench.Face;

/// <summary>One photo's timed runs on one side of the benchmark (milliseconds per run, decoding excluded).</summary>
internal sealed record ImageTiming(string Backend, string Image, int Width, int Height, int Faces, double MedianMs, double MeanMs, IReadOnlyList<double> Ms, long Flops)
{
    public string Kind => "image";

    /// <summary>Our side only: the median of the process's CPU time per run (all threads), 0 when not measured.</summary>
    public double MedianCpuMs { get; init; }
}
