using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        var dataDirectory = Directory.CreateTempSubdirectory("apphost-test-").FullName;
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://127.0.0.1:0",
            ["DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = "http://127.0.0.1:0",
            ["AppHost:DataDirectory"] = dataDirectory,
            ["AppHost:StopTimeoutSeconds"] = "5",
        });
        builder.Services.AddSingleton(new TemporaryDirectory(dataDirectory));
    }

    /// <summary>Deleted when the application's services are disposed (after every process has stopped).</summary>
    private sealed class TemporaryDirectory(string path) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a file still held open only leaves a directory in /tmp.
            }
        }
    }
}
