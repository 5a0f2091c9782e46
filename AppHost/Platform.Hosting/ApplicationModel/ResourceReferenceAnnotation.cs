namespace Aspire.Hosting.ApplicationModel;

/// <summary>Records that a resource was given another's connection string or endpoints (shown in the dashboard).</summary>
public sealed class ResourceReferenceAnnotation(IResource resource) : IResourceAnnotation
{
    public IResource Resource { get; } = resource;
}
