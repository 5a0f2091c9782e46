namespace Aspire.Hosting.ApplicationModel;

/// <summary>The resource starts only when <see cref="Resource"/> is running and every health check passes.</summary>
public sealed class WaitAnnotation(IResource resource) : IResourceAnnotation
{
    public IResource Resource { get; } = resource;
}
