using System.Net;
using Microsoft.Extensions.Configuration;

namespace Platform.Grpc.ClientFactory;

/// <summary>
/// Resolves a service name to an address the way Aspire's service discovery reads configuration:
/// <c>services:{name}:{endpoint}:{index}</c>, preferring the <c>grpc</c> endpoint, then <c>http</c>, then <c>https</c>.
/// </summary>
internal static class ServiceEndpointResolver
{
    private static readonly string[] EndpointPreference = ["grpc", "http", "https"];

    public static Uri Resolve(IConfiguration configuration, string clientName, Uri? address)
    {
        if (address is null)
        {
            return Discover(configuration, clientName)
                ?? throw new InvalidOperationException(
                    $"No address for gRPC client '{clientName}': set its Address or configure services:{clientName}:grpc:0 " +
                    $"(environment services__{clientName}__grpc__0) or services:{clientName}:http:0.");
        }

        // "http://credit" names a service rather than a host when configuration knows it.
        if (!IPAddress.TryParse(address.Host, out _) && Discover(configuration, address.Host) is { } discovered)
        {
            return discovered;
        }

        return address;
    }

    private static Uri? Discover(IConfiguration configuration, string serviceName)
    {
        foreach (var endpoint in EndpointPreference)
        {
            var value = configuration[$"services:{serviceName}:{endpoint}:0"];
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            return Uri.TryCreate(value, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"Configuration services:{serviceName}:{endpoint}:0 is not an absolute URL: '{value}'.");
        }

        return null;
    }
}
