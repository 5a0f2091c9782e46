using System.Diagnostics;

namespace Interop.Tests;

/// <summary>
/// Runs a short-lived process to its end, bounded in time, and returns everything it printed.
/// (Platform.Testing.ChildProcess is for long-running servers; here the complete output matters.)
/// </summary>
public static class ProcessRun
{
    // Generous: a cold dotnet or node start on a loaded 2-core machine can take seconds.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{info.FileName} {string.Join(' ', info.ArgumentList)} did not finish within {Limit.TotalSeconds} s. Output:{Environment.NewLine}{await stdout}{await stderr}");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
