using System.Globalization;

namespace Platform.Bench.Withdrawals;

/// <summary>The run's table: latency per step, errors, outcomes, CPU by process, invariant violations.</summary>
public static class Report
{
    /// <summary>Prints the report; returns the p99 of every synchronous request of the measured window (ms).</summary>
    public static double Print(
        StepLatencies latencies, IReadOnlyList<string> measuredOutcomes, TimeSpan elapsed, TimeSpan drained,
        IReadOnlyDictionary<string, TimeSpan?> cpuBefore, IReadOnlyDictionary<string, TimeSpan?> cpuAfter, IReadOnlyList<string> violations)
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

        var used = BenchmarkStack.Processes
            .Select(p => (Process: p, Cpu: cpuAfter[p] - cpuBefore[p]))
            .Where(p => p.Cpu is not null)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Process} {p.Cpu!.Value.TotalSeconds / elapsed.TotalSeconds:0.00}"));
        Console.WriteLine("CPU cores used while measuring: " + string.Join(", ", used) + " (the load generator and app host run beside them)");

        Console.WriteLine(violations.Count == 0 ? "invariants: exact for every user" : $"invariants: {violations.Count} violations");
        foreach (var violation in violations.Take(20)) Console.WriteLine("    " + violation);
        return StepLatencies.Percentile(all, 99);
    }

    private static string Line(string step, double[] sorted) => string.Create(CultureInfo.InvariantCulture,
        $"{step,-22}{sorted.Length,10}{StepLatencies.Percentile(sorted, 50),10:0.0}{StepLatencies.Percentile(sorted, 99),10:0.0}");
}
