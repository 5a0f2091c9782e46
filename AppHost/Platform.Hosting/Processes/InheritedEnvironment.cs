using System.Collections;

namespace Platform.Hosting.Processes;

/// <summary>
/// Children inherit the app host's environment (PATH, HOME, DOTNET_ROOT...) minus what configures the app host
/// itself or would contradict what it injects: its own URLs, dashboard settings, OTEL_*, service discovery.
/// </summary>
internal static class InheritedEnvironment
{
    private static readonly string[] ExcludedNames = ["ASPNETCORE_URLS", "URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS"];

    private static readonly string[] ExcludedPrefixes =
        ["DOTNET_DASHBOARD_", "ASPIRE_", "OTEL_", "services__", "ConnectionStrings__", "Kestrel__", "AppHost__", "Dashboard__"];

    public static Dictionary<string, string> Capture()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (!IsExcluded(name))
            {
                result[name] = (string?)entry.Value ?? "";
            }
        }
        return result;
    }

    public static bool IsExcluded(string name) =>
        ExcludedNames.Contains(name, StringComparer.OrdinalIgnoreCase) ||
        ExcludedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
