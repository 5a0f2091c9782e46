using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AppHost.Tests.Infrastructure;

namespace AppHost.Tests.Process;

/// <summary>The real Platform.AppHost binary, run as a process, as run.sh runs it.</summary>
public sealed partial class AppHostProcessTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("apphost-process-");
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });

    [Fact]
    public async Task SIGTERM_stops_every_process_the_app_host_started()
    {
        using var host = Start(Environment.GetEnvironmentVariable("PATH")!);
        var output = new ProcessOutput(host);
        try
        {
            var pids = await RunningPidsAsync(output);
            Assert.All(pids, pid => Assert.True(ProcessTable.IsAlive(pid)));

            Assert.Equal(0, Kill(host.Id, "TERM"));
            Assert.True(host.WaitForExit(TimeSpan.FromMinutes(1)), "the app host did not exit after SIGTERM");

            Assert.All(pids, pid => Assert.False(ProcessTable.IsAlive(pid), $"pid {pid} outlived the app host"));
            Assert.Equal(0, host.ExitCode);
        }
        finally
        {
            KillIfRunning(host);
        }
    }

    [Fact]
    public async Task Processes_left_by_a_killed_app_host_are_killed_by_the_next_one()
    {
        List<int> orphans = [];
        using var first = Start(Environment.GetEnvironmentVariable("PATH")!);
        var firstOutput = new ProcessOutput(first);
        try
        {
            orphans = await RunningPidsAsync(firstOutput);
            Assert.Equal(0, Kill(first.Id, "KILL"));
            Assert.True(first.WaitForExit(TimeSpan.FromMinutes(1)));
            // SIGKILL cannot be caught: the children outlive the app host, in their own sessions.
            Assert.All(orphans, pid => Assert.True(ProcessTable.IsAlive(pid)));

            using var second = Start(Environment.GetEnvironmentVariable("PATH")!);
            var secondOutput = new ProcessOutput(second);
            try
            {
                await Eventually.TrueAsync(() => orphans.All(pid => !ProcessTable.IsAlive(pid)), "the next app host to kill the leftovers");
                await Eventually.TrueAsync(() => secondOutput.Text.Contains("left running by an app host that did not stop cleanly"), "the warning about them");
                Assert.Equal(0, Kill(second.Id, "TERM"));
                Assert.True(second.WaitForExit(TimeSpan.FromMinutes(1)));
            }
            finally
            {
                KillIfRunning(second);
            }
        }
        finally
        {
            KillIfRunning(first);
            foreach (var pid in orphans.Where(ProcessTable.IsAlive))
            {
                Kill(-pid, "KILL");
            }
        }
    }

    [Fact]
    public async Task A_missing_program_is_one_line_on_stderr_and_exit_code_1()
    {
        using var host = Start(path: "/nonexistent");
        var output = new ProcessOutput(host);
        try
        {
            Assert.True(host.WaitForExit(TimeSpan.FromMinutes(1)));
            await output.Completed;
            Assert.Equal(1, host.ExitCode);
            var error = Assert.Single(output.ErrorLines);
            Assert.Equal("apphost: error: Resource 'redis' needs 'redis-server', which is not on PATH; install it with 'apt-get install -y redis-server'.", error);
        }
        finally
        {
            KillIfRunning(host);
        }
    }

    /// <summary>
    /// The pids /api/resources reports once every declared resource has a process (healthy or not: other teams'
    /// services come and go, and the point here is the processes).
    /// </summary>
    private async Task<List<int>> RunningPidsAsync(ProcessOutput output)
    {
        var dashboard = await Eventually.GetAsync(() => DashboardUrl().Match(output.Text) is { Success: true } m ? m.Groups[1].Value : null,
            "the dashboard URL on stdout", TimeSpan.FromMinutes(2));
        var pids = await Eventually.GetAsync(async () =>
        {
            var resources = await _http.GetFromJsonAsync<JsonElement[]>($"{dashboard}/api/resources");
            return resources!.All(r => r.GetProperty("processId").ValueKind == JsonValueKind.Number)
                ? resources!.Select(r => r.GetProperty("processId").GetInt32()).ToList()
                : null;
        }, "every resource to have a process", TimeSpan.FromMinutes(3));
        Assert.NotEmpty(pids);
        return pids;
    }

    private System.Diagnostics.Process Start(string path)
    {
        var info = new ProcessStartInfo(DotnetHost(), [Repository.AppHostAssembly(Repository.Configuration)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _data.FullName,
        };
        info.Environment["PATH"] = path;
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://127.0.0.1:0";
        info.Environment["DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = "http://127.0.0.1:0";
        info.Environment["AppHost__DataDirectory"] = _data.FullName;
        info.Environment["AppHost__StopTimeoutSeconds"] = "10";
        return System.Diagnostics.Process.Start(info)!;
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? Environment.ProcessPath!;

    private static int Kill(int pid, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", pid.ToString()]);
        kill.WaitForExit();
        return kill.ExitCode;
    }

    private static void KillIfRunning(System.Diagnostics.Process host)
    {
        if (!host.HasExited)
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit();
        }
    }

    [GeneratedRegex(@"Dashboard: (http://[^\s/]+:\d+)")]
    private static partial Regex DashboardUrl();

    public void Dispose()
    {
        _http.Dispose();
        _data.Delete(recursive: true);
    }
}
