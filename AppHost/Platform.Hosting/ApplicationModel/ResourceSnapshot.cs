using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>The state of one replica of a resource at a moment; replaced, never mutated.</summary>
public sealed record ResourceSnapshot
{
    /// <summary>The replica's unique name: the resource name, or "{resource}-{index}" when it has several replicas.</summary>
    public required string InstanceName { get; init; }

    public required string ResourceName { get; init; }

    /// <summary>"Project", "Executable", or a specific kind such as "Redis".</summary>
    public required string ResourceType { get; init; }

    public int ReplicaIndex { get; init; }

    public string State { get; init; } = KnownResourceStates.NotStarted;

    /// <summary>Null while unknown (not running, or no probe answered yet).</summary>
    public HealthStatus? HealthStatus { get; init; }

    /// <summary>Why the state is what it is: "waiting for redis", an exit reason, a start-up error.</summary>
    public string? StateDetail { get; init; }

    public int? ProcessId { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public int? ExitCode { get; init; }

    /// <summary>How many times the replica was started after its first start (crash or command).</summary>
    public int RestartCount { get; init; }

    public IReadOnlyList<ResourceUrlSnapshot> Urls { get; init; } = [];

    /// <summary>What the app host injected (not the inherited environment). Values are unmasked: mask before display.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; init; } = [];

    public string? Command { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public IReadOnlyList<string> WaitsFor { get; init; } = [];

    public IReadOnlyList<string> References { get; init; } = [];

    public IReadOnlyList<string> HealthProbes { get; init; } = [];

    public bool IsHealthy => State == KnownResourceStates.Running && HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;
}
