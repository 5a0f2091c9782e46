namespace Platform.Hosting;

/// <summary>
/// Lets the testing library run an app host's Main up to Build(), adjust the builder (free ports, a temporary
/// data directory) and take over the model. Flows with the async context, so parallel tests do not interfere.
/// </summary>
internal sealed class BuilderInterception
{
    private static readonly AsyncLocal<BuilderInterception?> CurrentInterception = new();

    public static BuilderInterception? Current => CurrentInterception.Value;

    public required Action<Aspire.Hosting.DistributedApplicationBuilder> OnCreated { get; init; }

    /// <summary>The app host whose Main runs: its recorded project directory, not the test runner's, anchors relative paths.</summary>
    public System.Reflection.Assembly? AppHostAssembly { get; init; }

    public Aspire.Hosting.DistributedApplicationBuilder? CapturedBuilder { get; private set; }

    public void Capture(Aspire.Hosting.DistributedApplicationBuilder builder) => CapturedBuilder = builder;

    /// <summary>Makes <paramref name="interception"/> current until the returned scope is disposed.</summary>
    public static IDisposable Begin(BuilderInterception interception)
    {
        CurrentInterception.Value = interception;
        return new InterceptionScope(() => CurrentInterception.Value = null);
    }
}
