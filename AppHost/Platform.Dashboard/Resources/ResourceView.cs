namespace Platform.Dashboard.Resources;

/// <summary>A replica as the resources page shows it. Environment values are unmasked here; pages mask them.</summary>
public sealed record ResourceView
{
    public required string Name { get; init; }

    public required string ResourceName { get; init; }

    public required string Type { get; init; }

    public required string State { get; init; }

    /// <summary>"Healthy", "Unhealthy", or null while unknown.</summary>
    public string? Health { get; init; }

    public string? StateDetail { get; init; }

    public int? ProcessId { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public int? ExitCode { get; init; }

    public int RestartCount { get; init; }

    public IReadOnlyList<ResourceUrlView> Urls { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; init; } = [];

    public string? Command { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public IReadOnlyList<string> WaitsFor { get; init; } = [];

    public IReadOnlyList<string> References { get; init; } = [];

    public IReadOnlyList<string> HealthChecks { get; init; } = [];

    /// <summary>Whether the process is up (so "stop" and "restart" make sense rather than "start").</summary>
    public bool IsRunning => State is "Running" or "Starting";
}
