using Microsoft.Extensions.Configuration;

namespace Platform.Hosting.Orchestration;

/// <summary>Settings of the app host itself, read from configuration section "AppHost".</summary>
internal sealed class AppHostOptions
{
    public required string AppHostDirectory { get; init; }

    /// <summary>Where resources keep data between runs (redis's AOF) and the app host its process ledger.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Which build output of projects to run: "Debug" or "Release" (default: the app host's own).</summary>
    public required string ProjectConfiguration { get; init; }

    /// <summary>How long a process gets between SIGTERM and SIGKILL.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The protocol services export telemetry with: "grpc" (Aspire's default) or "http/protobuf".</summary>
    public string OtlpProtocol { get; init; } = "grpc";

    public static AppHostOptions FromConfiguration(IConfiguration configuration, string appHostDirectory)
    {
        var section = configuration.GetSection("AppHost");
        var stopSeconds = section.GetValue<double?>("StopTimeoutSeconds");
        return new AppHostOptions
        {
            AppHostDirectory = appHostDirectory,
            DataDirectory = DataDirectoryFrom(configuration, appHostDirectory),
            ProjectConfiguration = section["ProjectConfiguration"] ?? OwnConfiguration,
            StopTimeout = stopSeconds is > 0 ? TimeSpan.FromSeconds(stopSeconds.Value) : TimeSpan.FromSeconds(10),
            OtlpProtocol = section["OtlpProtocol"] ?? "grpc",
        };
    }

    /// <summary>Configuration "AppHost:DataDirectory", else ".data" next to the solution file.</summary>
    public static string DataDirectoryFrom(IConfiguration configuration, string appHostDirectory) =>
        Path.GetFullPath(configuration["AppHost:DataDirectory"] ?? DefaultDataDirectory(appHostDirectory));

    private static string DefaultDataDirectory(string appHostDirectory)
    {
        for (var directory = new DirectoryInfo(appHostDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.EnumerateFiles("*.sln").Any() || directory.EnumerateFiles("*.slnx").Any())
            {
                return Path.Combine(directory.FullName, ".data");
            }
        }
        return Path.Combine(appHostDirectory, ".data");
    }

#if DEBUG
    private const string OwnConfiguration = "Debug";
#else
    private const string OwnConfiguration = "Release";
#endif
}
