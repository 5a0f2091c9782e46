using Aspire.Hosting;

namespace Platform.Hosting;

/// <summary>
/// Lets the testing library run an app host's Main up to Build(), adjust the builder (free ports, a temporary
/// data directory) and take over the model. Flows with the async context, so parallel tests do not interfere.
/// </summary>
internal sealed class BuilderInterception
{
    private static readonly AsyncLocal<BuilderInterception?> CurrentInterception = new();

    public static BuilderInterception? Current => CurrentInterception.Value;

    public required Action<DistributedApplicationBuilder> OnCreated { get; init; }

    public DistributedApplicationBuilder? CapturedBuilder { get; private set; }

    public void Capture(DistributedApplicationBuilder builder) => CapturedBuilder = builder;

    public static IDisposable Begin(BuilderInterception interception)
    {
        CurrentInterception.Value = interception;
        return new Scope();
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => CurrentInterception.Value = null;
    }

    /// <summary>Thrown out of Build() to leave the app host's Main once the model has been captured.</summary>
    public sealed class BuildInterceptedException() : Exception("The application model was captured by a test.");
}
