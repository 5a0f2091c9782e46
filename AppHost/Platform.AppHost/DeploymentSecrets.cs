using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

/// <summary>Secrets the app host hands to services: from its configuration when set, otherwise fresh for this run.</summary>
internal static class DeploymentSecrets
{
    public static string KeyOrFresh(this IConfiguration configuration, string name) =>
        configuration[name] is { Length: > 0 } value ? value : Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
