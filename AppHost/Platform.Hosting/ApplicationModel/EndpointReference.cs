namespace Aspire.Hosting.ApplicationModel;

/// <summary>A reference to a resource's endpoint, resolved once the app host has allocated ports.</summary>
public sealed class EndpointReference(IResourceWithEndpoints resource, string endpointName)
{
    public IResourceWithEndpoints Resource { get; } = resource;

    public string EndpointName { get; } = endpointName;

    public bool Exists => Resource.Annotations.OfType<EndpointAnnotation>().Any(e => e.Name == EndpointName);

    public bool IsAllocated => Annotation.AllocatedEndpoint is not null;

    public string Url => Allocated.UriString;

    public string Host => Allocated.Host;

    public int Port => Allocated.Port;

    private EndpointAnnotation Annotation =>
        Resource.Annotations.OfType<EndpointAnnotation>().FirstOrDefault(e => e.Name == EndpointName)
        ?? throw new InvalidOperationException($"Resource '{Resource.Name}' has no endpoint named '{EndpointName}'.");

    private AllocatedEndpoint Allocated =>
        Annotation.AllocatedEndpoint
        ?? throw new InvalidOperationException(
            $"Endpoint '{EndpointName}' of '{Resource.Name}' has no port yet: endpoints are allocated when the application starts.");

    public override string ToString() => $"{Resource.Name}/{EndpointName}";
}
