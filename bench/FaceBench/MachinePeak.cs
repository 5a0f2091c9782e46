using System.Globalization;
using System.Runtime.Intrinsics;

namespace Platform.Bench.Face;

/// <summary>
/// The machine's peak float32 rate, the denominator of "% of peak". By the book: cores × clock × FLOPs per cycle, with
/// the clock measured (<see cref="ClockProbe"/>: on a virtual machine /proc/cpuinfo gives the nominal rate, not the
/// boost) and 32 FLOPs per cycle for AVX2 + FMA (2 FMA pipes × 8 float32 lanes × 2). Also measured: one core's FMA
/// throughput at 256 and 512 bits (<see cref="FmaProbe"/>). The reference is the measured rate of the widest vectors
/// the engine uses on this CPU (512-bit where AVX-512 runs natively), times the cores.
/// </summary>
internal sealed record MachinePeak(string Model, int Cores, double NominalGhz, double MeasuredGhz, double Fma256Gflops, double Fma512Gflops)
{
    public const int AssumedFlopsPerCycle = 32;

    public bool EngineUses512 => Vector512.IsHardwareAccelerated && Fma512Gflops > 0;

    public double GflopsOneCore => EngineUses512 ? Fma512Gflops : Fma256Gflops > 0 ? Fma256Gflops : MeasuredGhz * AssumedFlopsPerCycle;

    public double GflopsAllCores => Cores * GflopsOneCore;

    public static MachinePeak Read()
    {
        var lines = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
        string? Field(string name) => lines.Where(l => l.StartsWith(name, StringComparison.Ordinal) && l.Contains(':'))
            .Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault();
        var mhz = double.TryParse(Field("cpu MHz"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
        return new MachinePeak(Field("model name") ?? "unknown CPU", Environment.ProcessorCount, mhz / 1000, ClockProbe.MeasureGhz(),
            FmaProbe.Gflops256(), FmaProbe.Gflops512());
    }

    public IEnumerable<string> Describe()
    {
        var ghz = MeasuredGhz;
        yield return string.Create(CultureInfo.InvariantCulture,
            $"peak by the book: {Model}, {Cores} cores x {ghz:F2} GHz (measured; /proc/cpuinfo says {NominalGhz:F2}) x {AssumedFlopsPerCycle} FLOP/cycle (AVX2 + FMA: 2 FMA pipes x 8 float32 lanes x 2) = {Cores * ghz * AssumedFlopsPerCycle:F0} GFLOP/s");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"peak measured (FMA chains, one core): 256-bit {Fma256Gflops:F0} GFLOP/s ({Fma256Gflops / ghz:F0} FLOP/cycle), 512-bit {Fma512Gflops:F0} GFLOP/s ({Fma512Gflops / ghz:F0} FLOP/cycle)");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"peak used for the % below: the measured {(EngineUses512 ? "512" : "256")}-bit rate (the widest vectors the engine runs here) x {Cores} cores = {GflopsAllCores:F0} GFLOP/s, {GflopsOneCore:F0} on one core");
    }
}
