using System.Globalization;
using Platform.Testing;

namespace Platform.PubSub.Tests;

/// <summary>Runs tests/PubSub.Consumer as a real process that tests can SIGKILL.</summary>
internal static class ConsumerProcess
{
    public static async Task<ChildProcess> StartAsync(
        string connectionString, string appId, string instanceId, string topic, int handlerDelayMs, int processingTimeoutMs = 2000)
    {
        var dll = Path.Combine(AppContext.BaseDirectory.Replace("Platform.PubSub.Tests", "PubSub.Consumer", StringComparison.Ordinal), "PubSub.Consumer.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build tests/PubSub.Consumer first; {dll} is missing.");
        }
        var process = ChildProcess.Start(
            "dotnet",
            [dll],
            new Dictionary<string, string>
            {
                ["ConnectionStrings__redis"] = connectionString + ",connectTimeout=10000,syncTimeout=20000",
                ["Consumer__AppId"] = appId,
                ["Consumer__InstanceId"] = instanceId,
                ["Consumer__Topic"] = topic,
                ["Consumer__HandlerDelayMs"] = handlerDelayMs.ToString(CultureInfo.InvariantCulture),
                ["Consumer__ProcessingTimeoutMs"] = processingTimeoutMs.ToString(CultureInfo.InvariantCulture),
                ["Consumer__RedeliverIntervalMs"] = "300",
                ["Logging__LogLevel__Default"] = "Warning",
                ["DOTNET_gcServer"] = "0",
            },
            displayName: $"consumer {instanceId}");
        await process.WaitForLineAsync(line => line.Contains("consumer ready", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "'consumer ready'");
        return process;
    }
}
