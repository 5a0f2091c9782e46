namespace Aspire.Hosting.ApplicationModel;

/// <summary>Adds environment variables when a replica starts (so that values depending on ports are current).</summary>
public sealed class EnvironmentCallbackAnnotation(Func<EnvironmentCallbackContext, Task> callback) : IResourceAnnotation
{
    public Func<EnvironmentCallbackContext, Task> Callback { get; } = callback;
}
