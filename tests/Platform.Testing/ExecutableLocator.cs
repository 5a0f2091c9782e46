namespace Platform.Testing;

/// <summary>Finds executables on PATH (and the usual system folders) so tests can say clearly what is missing.</summary>
public static class ExecutableLocator
{
    private static readonly string[] ExtraFolders = ["/usr/bin", "/usr/local/bin", "/usr/sbin", "/bin"];

    /// <summary>Returns the full path of <paramref name="name"/>, or null if it is not installed.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var folders = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Concat(ExtraFolders);
        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Returns the full path of <paramref name="name"/> or throws with an install hint.</summary>
    public static string Require(string name, string installHint) =>
        Find(name) ?? throw new InvalidOperationException($"'{name}' is not installed or not on PATH. Install it with: {installHint}");
}
