using System.Diagnostics;

namespace Platform.Bench.OtlpIngest;

/// <summary>CPU time, allocations and collections of this process between two instants.</summary>
internal readonly record struct ProcessCpu(TimeSpan Cpu, long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static ProcessCpu Now()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessCpu(process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    public static ProcessCpu operator -(ProcessCpu after, ProcessCpu before) => new(after.Cpu - before.Cpu,
        after.AllocatedBytes - before.AllocatedBytes, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2);
}
