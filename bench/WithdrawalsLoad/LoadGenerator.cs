using System.Globalization;

namespace Platform.Bench.Withdrawals;

/// <summary>
/// ./bench.sh withdrawals: N simulated users withdraw through the gateway for a bounded time against the whole
/// platform; prints per-step latencies, errors, completed withdrawals per second and the money invariants. The last
/// line is the headline.
/// </summary>
public static class LoadGenerator
{
    public static async Task<int> Main(string[] args)
    {
        var options = LoadOptions.Parse(args);
        var latencies = new StepLatencies();
        Console.WriteLine(options.TraceRatio is { } ratio
            ? string.Create(CultureInfo.InvariantCulture, $"==> starting the platform through the app host, services tracing {ratio:P0} of requests")
            : "==> starting the platform through the app host, every request traced (as ./run.sh)");
        await using var stack = await BenchmarkStack.StartAsync(options, latencies);
        var run = new LoadRun(stack, options, latencies);
        await RiskRules.RemoveVelocityRulesAsync(stack.Driver.Operator);

        Console.WriteLine($"==> preparing {options.Accounts} accounts (register, card, credit line, face enrolment)");
        var users = await run.PrepareUsersAsync();
        Console.WriteLine($"==> warm-up {options.Warmup.TotalSeconds:0} s");
        await run.DriveAsync(users, options.Warmup, measured: false);

        Console.WriteLine($"==> baseline: bare Redis PING round trips from {options.Users} concurrent callers for 5 s");
        var floor = await RoundTripFloor.MeasureAsync(stack, options.Users, TimeSpan.FromSeconds(5));

        Console.WriteLine($"==> measuring {options.Measured.TotalSeconds:0} s with {options.Users} concurrent users taking turns on {users.Count} accounts, {Cny(options.AmountFen)} each");
        var usageBefore = Usage(stack);
        var elapsed = await run.DriveAsync(users, options.Measured, measured: true);
        var usageAfter = Usage(stack);

        Console.WriteLine("==> waiting for every started withdrawal to finish");
        var drainClock = System.Diagnostics.Stopwatch.StartNew();
        var final = await run.DrainAsync(users);
        var drained = drainClock.Elapsed;
        var violations = await new InvariantCheck(stack.Bank).CheckAsync(final);

        var statusById = final.SelectMany(pair => pair.Value).ToDictionary(w => w.WithdrawalId, w => w.Status);
        var measured = run.Started.Where(s => s.Measured).Select(s => statusById.GetValueOrDefault(s.WithdrawalId, "missing")).ToList();
        var completedPerSecond = measured.Count(s => s == "completed") / elapsed.TotalSeconds;
        var p99 = Report.Print(latencies, measured, elapsed, drained, usageBefore, usageAfter, floor, violations);

        var invariants = violations.Count == 0 ? "invariants exact" : $"{violations.Count} invariant violations";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"withdrawals: {completedPerSecond:0}/s, p99 {p99:0} ms, {invariants}"));
        return violations.Count == 0 ? 0 : 1;
    }

    /// <summary>Each process's usage so far, this one (the load generator and the app host) included.</summary>
    private static Dictionary<string, ProcessUsage?> Usage(BenchmarkStack stack) =>
        BenchmarkStack.Processes.Select(p => (p, ProcessUsage.Of(stack.ProcessId(p))))
            .Append((Report.LoadGenerator, ProcessUsage.Of(Environment.ProcessId)))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2);

    public static string Cny(long fen) => string.Create(CultureInfo.InvariantCulture, $"{fen / 100m:#,0.00} CNY");
}
