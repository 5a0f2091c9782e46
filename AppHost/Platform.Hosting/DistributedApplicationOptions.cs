namespace Aspire.Hosting;

public sealed class DistributedApplicationOptions
{
    public string[] Args { get; set; } = [];

    /// <summary>
    /// The app host project's directory. Defaults to the directory recorded in the entry assembly at build time
    /// (AssemblyMetadata "AppHostProjectDirectory"), else the current directory.
    /// </summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>Run without the dashboard (and so without telemetry collection).</summary>
    public bool DisableDashboard { get; set; }
}
