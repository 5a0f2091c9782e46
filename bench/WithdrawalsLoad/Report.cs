using System.Globalization;

namespace Platform.Bench.Withdrawals;

/// <summary>The run's table: latency per step, errors, outcomes, CPU by process, invariant violations.</summary>
public static class Report
{
    public const string LoadGenerator = "load generator + app host";
    private const double Cores = 2;

    /// <summary>Prints the report; returns the p99 of every synchronous request of the measured window (ms).</summary>
    public static double Print(
        StepLatencies latencies, IReadOnlyList<string> measuredOutcomes, TimeSpan elapsed, TimeSpan drained,
        IReadOnlyDictionary<string, ProcessUsage?> before, IReadOnlyDictionary<string, ProcessUsage?> after, RoundTripFloor.Result floor,
        IReadOnlyList<string> violations)
    {
        var samples = latencies.Samples;
        Console.WriteLine();
        Console.WriteLine($"{"step",-22}{"requests",10}{"p50 ms",10}{"p99 ms",10}");
        foreach (var (step, sorted) in samples.OrderBy(pair => pair.Key))
            Console.WriteLine(Line(step, sorted));
        var all = samples.Values.SelectMany(s => s).Order().ToArray();
        Console.WriteLine(Line("all synchronous", all));

        Console.WriteLine();
        Console.WriteLine(latencies.Errors.Count == 0
            ? "errors: none"
            : "errors: " + string.Join(", ", latencies.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} ×{e.Value}")));
        var outcomes = measuredOutcomes.GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"withdrawals started in {elapsed.TotalSeconds:0.0} s: {measuredOutcomes.Count} ({string.Join(", ", outcomes)}); all final {drained.TotalSeconds:0.0} s later"));

        PrintCost(measuredOutcomes.Count(s => s == "completed"), elapsed, before, after, floor);

        Console.WriteLine(violations.Count == 0 ? "invariants: exact for every user" : $"invariants: {violations.Count} violations");
        foreach (var violation in violations.Take(20)) Console.WriteLine("    " + violation);
        return StepLatencies.Percentile(all, 99);
    }

    /// <summary>
    /// Where the machine's time went, per process and per completed withdrawal, and that cost as a multiple of the
    /// baseline round trip measured in the same run.
    /// </summary>
    private static void PrintCost(
        int completed, TimeSpan elapsed, IReadOnlyDictionary<string, ProcessUsage?> before, IReadOnlyDictionary<string, ProcessUsage?> after,
        RoundTripFloor.Result floor)
    {
        var perWithdrawal = Math.Max(completed, 1);
        var used = after.Where(p => p.Value is not null && before[p.Key] is not null)
            .Select(p => (Process: p.Key, Usage: p.Value!.Value - before[p.Key]!.Value)).ToList();
        Console.WriteLine();
        Console.WriteLine($"{"process",-26}{"cores",8}{"CPU ms/wd",12}{"switches/wd",14}");
        foreach (var (process, usage) in used.Append(("total", used.Aggregate(new ProcessUsage(), (sum, u) => sum + u.Usage))))
        {
            // Switches of threads that ended during the window are lost with them, which can make a difference negative.
            var switches = usage.ContextSwitches < 0 ? "-" : ((double)usage.ContextSwitches / perWithdrawal).ToString("0", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{process,-26}{usage.Cpu.TotalSeconds / elapsed.TotalSeconds,8:0.00}{usage.Cpu.TotalMilliseconds / perWithdrawal,12:0.00}{switches,14}"));
        }
        var total = used.Sum(u => u.Usage.Cpu.TotalMilliseconds) / perWithdrawal;
        var floorMicros = floor.CpuPerRoundTrip.TotalMicroseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline: a bare Redis round trip costs {floorMicros:0.0} µs of CPU ({floor.RoundTripsPerSecond:0}/s); one withdrawal costs {total:0.00} ms = {total * 1000 / floorMicros:0} of them"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"on {Cores:0} cores, 500 withdrawals/s leave {Cores * 1000 / 500:0.0} ms of CPU per withdrawal = {Cores * 1000 / 500 * 1000 / floorMicros:0} bare round trips"));
    }

    private static string Line(string step, double[] sorted) => string.Create(CultureInfo.InvariantCulture,
        $"{step,-22}{sorted.Length,10}{StepLatencies.Percentile(sorted, 50),10:0.0}{StepLatencies.Percentile(sorted, 99),10:0.0}");
}
