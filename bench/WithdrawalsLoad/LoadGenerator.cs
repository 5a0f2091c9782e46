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

        Console.WriteLine($"==> measuring {options.Measured.TotalSeconds:0} s with {options.Users} concurrent users taking turns on {users.Count} accounts, {Cny(options.AmountFen)} each");
        var cpuBefore = BenchmarkStack.Processes.ToDictionary(p => p, p => ProcessCpu.Of(stack.ProcessId(p)));
        var elapsed = await run.DriveAsync(users, options.Measured, measured: true);
        var cpuAfter = BenchmarkStack.Processes.ToDictionary(p => p, p => ProcessCpu.Of(stack.ProcessId(p)));

        Console.WriteLine("==> waiting for every started withdrawal to finish");
        var drainClock = System.Diagnostics.Stopwatch.StartNew();
        var final = await run.DrainAsync(users);
        var drained = drainClock.Elapsed;
        var violations = await new InvariantCheck(stack.Bank).CheckAsync(final);

        var statusById = final.SelectMany(pair => pair.Value).ToDictionary(w => w.WithdrawalId, w => w.Status);
        var measured = run.Started.Where(s => s.Measured).Select(s => statusById.GetValueOrDefault(s.WithdrawalId, "missing")).ToList();
        var completedPerSecond = measured.Count(s => s == "completed") / elapsed.TotalSeconds;
        var p99 = Report.Print(latencies, measured, elapsed, drained, cpuBefore, cpuAfter, violations);

        var invariants = violations.Count == 0 ? "invariants exact" : $"{violations.Count} invariant violations";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"withdrawals: {completedPerSecond:0}/s, p99 {p99:0} ms, {invariants}"));
        return violations.Count == 0 ? 0 : 1;
    }

    public static string Cny(long fen) => string.Create(CultureInfo.InvariantCulture, $"{fen / 100m:#,0.00} CNY");
}
