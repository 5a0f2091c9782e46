using System.Globalization;
using System.Runtime.Intrinsics;

namespace Platform.Bench.Face;

/// <summary>
/// The machine's peak float32 rate: cores × clock × FLOPs per cycle per core. The clock is measured
/// (<see cref="ClockProbe"/>); /proc/cpuinfo's "cpu MHz" is shown beside it. FLOPs per cycle assumes what AVX2 + FMA
/// give an AMD Zen core: 2 FMA pipes × 8 float32 lanes × 2 (multiply and add) = 32. Where the CPU also has AVX-512 the
/// engine uses 512-bit vectors, but they ran no faster than 256-bit ones on the machine this was written on, so 32
/// stays the reference.
/// </summary>
internal sealed record MachinePeak(string Model, int Cores, double NominalGhz, double MeasuredGhz, int FlopsPerCycle, bool HasAvx512)
{
    public const int AssumedFlopsPerCycle = 32;

    public double GflopsAllCores => Cores * MeasuredGhz * FlopsPerCycle;

    public double GflopsOneCore => MeasuredGhz * FlopsPerCycle;

    public static MachinePeak Read()
    {
        var lines = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
        string? Field(string name) => lines.Where(l => l.StartsWith(name, StringComparison.Ordinal) && l.Contains(':'))
            .Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault();
        var mhz = double.TryParse(Field("cpu MHz"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
        return new MachinePeak(Field("model name") ?? "unknown CPU", Environment.ProcessorCount, mhz / 1000, ClockProbe.MeasureGhz(),
            AssumedFlopsPerCycle, Vector512.IsHardwareAccelerated);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Model}, {Cores} cores x {MeasuredGhz:F2} GHz (measured by a dependent add chain; /proc/cpuinfo says {NominalGhz:F2}) x {FlopsPerCycle} FLOP/cycle (assumed: 2 FMA pipes x 8 float32 lanes x 2) = {GflopsAllCores:F0} GFLOP/s, {GflopsOneCore:F0} on one core") +
        (HasAvx512 ? "; the CPU has AVX-512 and the engine uses 512-bit vectors, which measured no faster than 256-bit here, so the 256-bit peak is the reference" : "");
}
