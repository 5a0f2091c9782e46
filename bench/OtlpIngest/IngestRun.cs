using System.Diagnostics;
using Platform.Dashboard;

namespace Platform.Bench.OtlpIngest;

/// <summary>
/// One phase: a sender process exports to the dashboard running in this process until its store is full and has
/// evicted for a while (the steady state of a long load test), then this process's CPU is measured over the duration.
/// </summary>
internal static class IngestRun
{
    private static readonly TimeSpan WarmUpAfterFull = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan FillTimeout = TimeSpan.FromMinutes(2);

    public static async Task<Measurement> RunAsync(DashboardHost dashboard, TelemetryKind kind, TimeSpan duration)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(IngestRun).Assembly.Location, "send", kind.ToString(), dashboard.OtlpGrpcUrl.ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        using var sender = Process.Start(start) ?? throw new InvalidOperationException("the sender did not start");
        try
        {
            await WaitUntilFullAsync(dashboard, kind, sender);
            await Task.Delay(WarmUpAfterFull);
            var itemsBefore = await AcknowledgedAsync(sender);
            var before = ProcessCpu.Now();
            var clock = Stopwatch.StartNew();
            await Task.Delay(duration);
            var used = ProcessCpu.Now() - before;
            var elapsed = clock.Elapsed;
            var items = await AcknowledgedAsync(sender) - itemsBefore;
            return new Measurement(items, elapsed, used);
        }
        finally
        {
            sender.StandardInput.Close();
            if (!sender.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                sender.Kill();
            }
        }
    }

    private static async Task WaitUntilFullAsync(DashboardHost dashboard, TelemetryKind kind, Process sender)
    {
        var telemetry = dashboard.Telemetry;
        var clock = Stopwatch.StartNew();
        while (kind == TelemetryKind.Logs ? telemetry.Logs.Count < telemetry.Logs.Capacity : telemetry.Traces.Count < telemetry.Traces.Capacity)
        {
            if (sender.HasExited)
            {
                throw new InvalidOperationException($"the sender exited with code {sender.ExitCode}");
            }
            if (clock.Elapsed > FillTimeout)
            {
                throw new TimeoutException($"the {kind} store did not fill within {FillTimeout}");
            }
            await Task.Delay(100);
        }
    }

    private static async Task<long> AcknowledgedAsync(Process sender)
    {
        await sender.StandardInput.WriteLineAsync("count");
        await sender.StandardInput.FlushAsync();
        var answer = await sender.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the sender stopped answering");
        return long.Parse(answer, System.Globalization.CultureInfo.InvariantCulture);
    }
}
