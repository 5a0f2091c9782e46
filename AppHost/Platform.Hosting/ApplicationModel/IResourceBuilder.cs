namespace Aspire.Hosting.ApplicationModel;

/// <summary>Configures one resource fluently: <c>builder.AddProject(...).WithReference(redis).WaitFor(redis)</c>.</summary>
public interface IResourceBuilder<out T> where T : IResource
{
    IDistributedApplicationBuilder ApplicationBuilder { get; }

    T Resource { get; }

    IResourceBuilder<T> WithAnnotation<TAnnotation>(TAnnotation annotation,
        ResourceAnnotationMutationBehavior behavior = ResourceAnnotationMutationBehavior.Append)
        where TAnnotation : IResourceAnnotation;
}
