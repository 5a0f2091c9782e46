using Platform.Testing;

namespace AppHost.Tests.Infrastructure;

/// <summary>Paths inside the repository, found from the test binaries' location.</summary>
public static class Repository
{
    public static string Root => RepositoryLayout.Root;

    public static string TestServiceProject => Path.Combine(Root, "tests", "AppHost.TestService", "AppHost.TestService.csproj");

    public static string AppHostAssembly(string configuration) =>
        Path.Combine(Root, "AppHost", "Platform.AppHost", "bin", configuration, "net10.0", "Platform.AppHost.dll");

#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif
}
