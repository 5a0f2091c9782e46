using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Platform.Dashboard;
using Platform.Dashboard.Telemetry;
using Platform.Hosting;

namespace Aspire.Hosting.Testing;

/// <summary>Reach a running application's resources by name.</summary>
public static class DistributedApplicationTestingExtensions
{
    /// <summary>The public URL of a resource's endpoint (the proxy's when it has several replicas).</summary>
    public static Uri GetEndpoint(this DistributedApplication app, string resourceName, string endpointName = "http")
    {
        var resource = app.GetResource(resourceName) as IResourceWithEndpoints
            ?? throw new ArgumentException($"'{resourceName}' has no endpoints.", nameof(resourceName));
        return new Uri(resource.GetEndpoint(endpointName).Url);
    }

    /// <summary>An HttpClient whose BaseAddress is the endpoint; never goes through an HTTP proxy. Dispose it.</summary>
    public static HttpClient CreateHttpClient(this DistributedApplication app, string resourceName, string endpointName = "http") =>
        new(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = app.GetEndpoint(resourceName, endpointName) };

    public static async Task<string> GetConnectionStringAsync(this DistributedApplication app, string resourceName,
        CancellationToken cancellationToken = default)
    {
        var resource = app.GetResource(resourceName) as IResourceWithConnectionString
            ?? throw new ArgumentException($"'{resourceName}' has no connection string.", nameof(resourceName));
        return await resource.GetConnectionStringAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"'{resourceName}' has no connection string yet: start the application first.");
    }

    /// <summary>Waits (up to <paramref name="timeout"/>, default 2 minutes) until every replica is running and healthy.</summary>
    public static async Task<IReadOnlyList<ResourceSnapshot>> WaitForResourceHealthyAsync(this DistributedApplication app,
        string resourceName, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            return await app.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            var states = string.Join("; ", app.ResourceNotifications.GetReplicas(resourceName).Select(s => $"{s.InstanceName}: {s.State} {s.HealthStatus} {s.StateDetail}"));
            throw new TimeoutException($"'{resourceName}' was not healthy within {timeout ?? TimeSpan.FromMinutes(2)} ({states}).");
        }
    }

    public static IResource GetResource(this DistributedApplication app, string resourceName) =>
        app.Services.GetRequiredService<DistributedApplicationModel>().Resources.FirstOrDefault(r => r.Name == resourceName)
        ?? throw new ArgumentException($"The application has no resource named '{resourceName}'.", nameof(resourceName));

    /// <summary>The dashboard's UI address (http://127.0.0.1:port under test).</summary>
    public static Uri GetDashboardUrl(this DistributedApplication app) => app.Services.GetRequiredService<DashboardHost>().UiUrl;

    /// <summary>The dashboard's OTLP endpoints.</summary>
    public static (Uri Grpc, Uri Http) GetOtlpEndpoints(this DistributedApplication app)
    {
        var dashboard = app.Services.GetRequiredService<DashboardHost>();
        return (dashboard.OtlpGrpcUrl, dashboard.OtlpHttpUrl);
    }

    /// <summary>What the dashboard has received over OTLP.</summary>
    public static TelemetryStores GetTelemetry(this DistributedApplication app) => app.Services.GetRequiredService<DashboardHost>().Telemetry;
}
