namespace Aspire.Hosting.ApplicationModel;

public sealed class EnvironmentCallbackContext(IResource resource, IDictionary<string, string> environmentVariables, CancellationToken cancellationToken)
{
    public IResource Resource { get; } = resource;

    public IDictionary<string, string> EnvironmentVariables { get; } = environmentVariables;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
