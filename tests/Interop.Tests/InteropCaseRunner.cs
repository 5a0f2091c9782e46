using Interop.Tests.Fixtures;

namespace Interop.Tests;

/// <summary>Runs one interop case with a client process against a server and fails the test with the client's output.</summary>
public static class InteropCaseRunner
{
    public static Task NodeClientAsync(InteropServerProcess server, string testCase) =>
        RunAsync(server, testCase, NodeTooling.Node, [NodeTooling.Script("client.js"), "--server_host=127.0.0.1", $"--server_port={server.Port}", $"--test_case={testCase}"]);

    public static Task OurClientAsync(InteropServerProcess server, string testCase) =>
        RunAsync(server, testCase, BuildOutputs.DotnetHost, [BuildOutputs.InteropClientDll, "--host", "127.0.0.1", "--port", server.Port.ToString(), "--test_case", testCase]);

    private static async Task RunAsync(InteropServerProcess server, string testCase, string fileName, string[] arguments)
    {
        var (exitCode, output) = await ProcessRun.RunAsync(fileName, arguments);
        Assert.True(exitCode == 0, $"{testCase} failed (exit code {exitCode}):{Environment.NewLine}{output}");
        Assert.Contains($"{testCase}: passed", output);
        Assert.True(server.IsRunning, $"the server exited during {testCase}:{Environment.NewLine}{server.RecentOutput}");
    }
}
