namespace Platform.Bench.OtlpIngest;

/// <summary>What a phase cost this process: items handled over a wall-clock time, and the CPU, bytes and collections they took.</summary>
internal sealed record Measurement(long Items, TimeSpan Elapsed, ProcessCpu Used)
{
    public double CpuMicrosecondsPerItem => Used.Cpu.TotalMicroseconds / Items;

    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;

    public double BytesPerItem => (double)Used.AllocatedBytes / Items;
}
