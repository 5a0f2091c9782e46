namespace Aspire.Hosting.ApplicationModel;

public static class ResourceExtensions
{
    public static int GetReplicaCount(this IResource resource) =>
        resource.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1;

    public static IReadOnlyList<EndpointAnnotation> GetEndpointAnnotations(this IResource resource) =>
        resource.Annotations.OfType<EndpointAnnotation>().ToList();

    public static EndpointReference GetEndpoint(this IResourceWithEndpoints resource, string endpointName) =>
        new(resource, endpointName);

    /// <summary>The replica's name: the resource name, or "{name}-{index}" when the resource has several replicas.</summary>
    public static string GetInstanceName(this IResource resource, int replicaIndex) =>
        resource.GetReplicaCount() == 1 ? resource.Name : $"{resource.Name}-{replicaIndex}";

    /// <summary>How the dashboard labels the resource's kind.</summary>
    public static string GetResourceType(this IResource resource) => resource switch
    {
        RedisResource => "Redis",
        ProjectResource => "Project",
        ExecutableResource => "Executable",
        _ => resource.GetType().Name.Replace("Resource", "", StringComparison.Ordinal),
    };
}
