using System.Globalization;

namespace Platform.Bench.Face;

/// <summary>
/// The machine's peak float32 rate: cores × clock × FLOPs per cycle per core. The clock is /proc/cpuinfo's "cpu MHz"
/// (on a virtual machine the host's nominal clock; boost is not counted). FLOPs per cycle assumes what AVX2 + FMA
/// give an AMD Zen core: 2 FMA pipes × 8 float lanes × 2 (multiply and add) = 32.
/// </summary>
internal sealed record MachinePeak(string Model, int Cores, double Ghz, int FlopsPerCycle, bool HasAvx512)
{
    public const int AssumedFlopsPerCycle = 32;

    public double GflopsAllCores => Cores * Ghz * FlopsPerCycle;

    public double GflopsOneCore => Ghz * FlopsPerCycle;

    public static MachinePeak Read()
    {
        var lines = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
        string? Field(string name) => lines.Where(l => l.StartsWith(name, StringComparison.Ordinal) && l.Contains(':'))
            .Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault();
        var mhz = double.TryParse(Field("cpu MHz"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
        var flags = (Field("flags") ?? "").Split(' ');
        return new MachinePeak(Field("model name") ?? "unknown CPU", Environment.ProcessorCount, mhz / 1000, AssumedFlopsPerCycle, flags.Contains("avx512f"));
    }

    public string Describe() =>
        $"{Model}, {Cores} cores x {Ghz:F2} GHz (cpu MHz of /proc/cpuinfo) x {FlopsPerCycle} FLOP/cycle (assumed: 2 FMA pipes x 8 float32 lanes (AVX2) x 2) = {GflopsAllCores:F0} GFLOP/s, {GflopsOneCore:F0} on one core" +
        (HasAvx512 ? "; the CPU also has AVX-512 (64 FLOP/cycle on 512-bit FMA pipes), which the engine's Vector<float> (256-bit) does not use" : "");
}
