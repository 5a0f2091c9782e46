namespace Platform.Testing;

/// <summary>Where the repository and its build outputs are, found from the running test's own output folder.</summary>
public static class RepositoryLayout
{
    /// <summary>The folder holding Platform.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: whatever the running test assembly was built as (…/bin/&lt;configuration&gt;/net10.0/).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>A service's built assembly in the same configuration, e.g. ("withdrawal", "Platform.Withdrawal").</summary>
    public static string ServiceAssembly(string folder, string assemblyName)
    {
        var path = Path.Combine(Root, "services", folder, "bin", Configuration, "net10.0", assemblyName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the service first: {path} is missing.", path);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"Platform.sln not found above {AppContext.BaseDirectory}.");
    }
}
