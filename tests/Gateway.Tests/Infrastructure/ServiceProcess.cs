using Platform.Testing;

namespace Platform.Gateway.Tests.Infrastructure;

/// <summary>
/// A platform service running as a real process from its build output, with the endpoints the app host would
/// give it (an HTTP/1.1 "http" endpoint for health, an h2c "grpc" endpoint) on free ports. Disposing kills it.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly ChildProcess _process;

    private ServiceProcess(ChildProcess process, int httpPort, int grpcPort)
    {
        _process = process;
        HttpPort = httpPort;
        GrpcPort = grpcPort;
    }

    public int HttpPort { get; }

    public int GrpcPort { get; }

    public string GrpcAddress => $"http://127.0.0.1:{GrpcPort}";

    public string RecentOutput => _process.RecentOutput;

    public static async Task<ServiceProcess> StartAsync(string folder, string assemblyName, IReadOnlyDictionary<string, string> environment)
    {
        var dll = RepositoryLayout.ServiceAssembly(folder, assemblyName);
        var (http, grpc) = (FreePort.Next(), FreePort.Next());
        var variables = new Dictionary<string, string>(environment)
        {
            ["OTEL_SERVICE_NAME"] = folder,
            ["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{http}",
            ["Kestrel__Endpoints__http__Protocols"] = "Http1",
            ["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{grpc}",
            ["Kestrel__Endpoints__grpc__Protocols"] = "Http2",
        };
        var dotnet = ExecutableLocator.Require("dotnet", "install the .NET 10 SDK");
        var process = ChildProcess.Start(dotnet, [dll], variables, Path.GetDirectoryName(dll), folder);
        var service = new ServiceProcess(process, http, grpc);
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            await Poll.UntilAsync(async () =>
            {
                if (process.HasExited) throw new InvalidOperationException($"{folder} exited: {process.RecentOutput}");
                using var response = await client.GetAsync($"http://127.0.0.1:{http}/health");
                return response.IsSuccessStatusCode;
            }, StartTimeout, $"{folder} to report healthy", TimeSpan.FromMilliseconds(100));
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
