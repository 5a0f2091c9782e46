using Platform.Dashboard.Resources;

namespace Platform.Bench.OtlpIngest;

/// <summary>The dashboard without an app host: no resources, only telemetry.</summary>
internal sealed class NoResources : IDashboardResourceSource
{
    public IReadOnlyList<ResourceView> GetResources() => [];

    public IReadOnlyList<ConsoleLineView> GetConsoleLines(string instanceName, int maxLines) => [];

    public string? ExecuteCommand(string instanceName, string commandName) => "no resources";

    public event Action? ResourcesChanged { add { } remove { } }

    public event Action<string>? ConsoleChanged { add { } remove { } }
}
