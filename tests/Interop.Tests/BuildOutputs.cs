using System.Reflection;

namespace Interop.Tests;

/// <summary>Where the processes under test live, as recorded at build time (see Interop.Tests.csproj).</summary>
public static class BuildOutputs
{
    public static string InteropServerDll => Existing("Interop.Server");

    public static string InteropClientDll => Existing("Interop.Client");

    public static string NodeProject => Existing("interop-node");

    /// <summary>The dotnet host running these tests, so child processes use the same runtime.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Platform.Testing.ExecutableLocator.Require("dotnet", "the .NET 10 SDK");

    private static string Existing(string key)
    {
        var path = typeof(BuildOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
            ?? throw new InvalidOperationException($"the test assembly does not record where {key} is; rebuild Interop.Tests");
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new InvalidOperationException($"{key} is missing at {path}; build Platform.sln first");
        }

        return path;
    }
}
