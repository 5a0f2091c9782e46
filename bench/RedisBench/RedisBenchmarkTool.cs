using System.Globalization;
using Platform.Testing;

namespace RedisBench;

/// <summary>Runs redis-benchmark against the same server and reads its CSV output.</summary>
internal static class RedisBenchmarkTool
{
    public sealed record Result(string Test, double RequestsPerSecond, double P99Ms);

    public static async Task<IReadOnlyList<Result>> RunAsync(int port, int clients, int pipeline, int requests)
    {
        var executable = ExecutableLocator.Require("redis-benchmark", "apt-get install -y redis-tools");
        await using var process = ChildProcess.Start(
            executable,
            ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-c", clients.ToString(CultureInfo.InvariantCulture),
             "-P", pipeline.ToString(CultureInfo.InvariantCulture), "-n", requests.ToString(CultureInfo.InvariantCulture), "-t", "set,get", "--csv"],
            displayName: "redis-benchmark");
        if (!await process.WaitForExitAsync(TimeSpan.FromMinutes(5)))
        {
            throw new TimeoutException("redis-benchmark did not finish within 5 minutes.");
        }
        // Lines look like: "SET","95057.03","0.283","0.080","0.271","0.391","0.519","1.743"
        var results = new List<Result>();
        foreach (var line in process.RecentOutput.Split('\n'))
        {
            var cells = line.Trim().Split(',').Select(c => c.Trim('"')).ToArray();
            if (cells.Length >= 7 && cells[0] is "SET" or "GET" && double.TryParse(cells[1], CultureInfo.InvariantCulture, out var rps))
            {
                results.Add(new Result(cells[0], rps, double.Parse(cells[6], CultureInfo.InvariantCulture)));
            }
        }
        if (results.Count != 2)
        {
            throw new InvalidOperationException($"Could not read redis-benchmark's output:{Environment.NewLine}{process.RecentOutput}");
        }
        return results;
    }
}
