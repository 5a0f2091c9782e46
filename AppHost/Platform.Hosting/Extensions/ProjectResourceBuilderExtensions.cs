using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class ProjectResourceBuilderExtensions
{
    /// <summary>
    /// A .NET project, run from its build output with an "http" endpoint and the OTEL_* environment.
    /// <paramref name="projectPath"/> (a .csproj) is relative to the app host directory.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, string projectPath)
    {
        var path = Path.GetFullPath(projectPath, builder.AppHostDirectory);
        return builder.AddResource(new ProjectResource(name, path))
            .WithHttpEndpoint()
            .WithOtlpExporter();
    }

    /// <summary>Runs <paramref name="replicas"/> copies; each endpoint's public port is proxied to them in turn.</summary>
    public static IResourceBuilder<T> WithReplicas<T>(this IResourceBuilder<T> builder, int replicas) where T : IResourceWithEndpoints =>
        builder.WithAnnotation(new ReplicaAnnotation(replicas), ResourceAnnotationMutationBehavior.Replace);
}
