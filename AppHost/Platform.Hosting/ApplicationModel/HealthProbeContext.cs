namespace Aspire.Hosting.ApplicationModel;

/// <summary>What a health probe needs to reach one replica: its own ports (not the proxied ones).</summary>
public sealed class HealthProbeContext(IReadOnlyDictionary<string, int> targetPorts, HttpClient httpClient, CancellationToken cancellationToken)
{
    public HttpClient HttpClient { get; } = httpClient;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public int TargetPort(string endpointName) =>
        targetPorts.TryGetValue(endpointName, out var port)
            ? port
            : throw new InvalidOperationException($"The health probe needs endpoint '{endpointName}', which the resource does not have.");
}
