using System.Text.RegularExpressions;

namespace Platform.Dashboard.Rendering;

/// <summary>
/// Hides secrets before anything is shown or served: values of variables whose name suggests a secret, and the
/// secret parts of connection strings, URLs (user:password@) and command lines (--requirepass x).
/// </summary>
public static partial class SecretMasker
{
    public const string Mask = "••••••••";

    // "pass" also catches redis's --requirepass; masking a harmless value by mistake costs less than showing a secret.
    private static readonly string[] SecretWords = ["pass", "pwd", "secret", "key", "token", "credential", "auth", "pepper"];

    public static bool IsSecretName(string name)
    {
        var lower = name.ToLowerInvariant();
        return SecretWords.Any(lower.Contains);
    }

    public static string MaskValue(string name, string value) => IsSecretName(name) ? Mask : MaskInline(value);

    /// <summary>Masks "password=..."-style pairs and URL passwords inside a value, keeping the rest readable.</summary>
    public static string MaskInline(string value)
    {
        var masked = SecretPair().Replace(value, m => $"{m.Groups["name"].Value}{m.Groups["sep"].Value}{Mask}");
        return UrlPassword().Replace(masked, m => $"{m.Groups["prefix"].Value}{Mask}@");
    }

    public static IReadOnlyList<KeyValuePair<string, string>> MaskEnvironment(IEnumerable<KeyValuePair<string, string>> environment) =>
        environment.Select(e => KeyValuePair.Create(e.Key, MaskValue(e.Key, e.Value))).ToList();

    /// <summary>An argument that follows a secret-looking option (--requirepass, --password ...) is masked whole.</summary>
    public static IReadOnlyList<string> MaskArguments(IReadOnlyList<string> arguments)
    {
        var result = new List<string>(arguments.Count);
        for (var i = 0; i < arguments.Count; i++)
        {
            var follows = i > 0 && arguments[i - 1].StartsWith('-') && !arguments[i - 1].Contains('=') && IsSecretName(arguments[i - 1]);
            result.Add(follows ? Mask : MaskInline(arguments[i]));
        }
        return result;
    }

    [GeneratedRegex(@"(?<name>\b(?:password|passwd|pwd|secret|token|api[-_]?key|access[-_]?key|key))(?<sep>\s*[=:]\s*)(?!//)[^;,&\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPair();

    [GeneratedRegex(@"(?<prefix>\b[a-z][a-z0-9+.-]*://[^:/@\s]+:)[^@/\s]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();
}
