namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A check the app host runs against every replica; a replica is healthy when all its probes pass.
/// Resources without probes are healthy as soon as their process runs.
/// </summary>
public sealed class HealthProbeAnnotation(string description, Func<HealthProbeContext, Task<bool>> probe) : IResourceAnnotation
{
    /// <summary>What is checked, e.g. "GET /health on http".</summary>
    public string Description { get; } = description;

    public Func<HealthProbeContext, Task<bool>> Probe { get; } = probe;
}
