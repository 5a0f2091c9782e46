using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Aspire.Hosting.Testing;

/// <summary>
/// What makes an app model safe to run from tests in parallel with anything else on the machine: the dashboard and
/// every endpoint on free ports, data in a fresh directory that is deleted when the application is disposed, and a
/// short stop timeout.
/// </summary>
internal static class TestSettings
{
    public static void Apply(DistributedApplicationBuilder builder)
    {
        // Only a path: resources create what they use, and a model that never starts leaves nothing behind.
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"apphost-test-{Guid.NewGuid():N}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://127.0.0.1:0",
            ["DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = "http://127.0.0.1:0",
            ["AppHost:DataDirectory"] = dataDirectory,
            ["AppHost:StopTimeoutSeconds"] = "5",
        });
        // A hosted service so the container creates it, and so disposes it, after every process has stopped.
        builder.Services.AddHostedService(_ => new TemporaryDirectory(dataDirectory));
    }
}
