namespace Aspire.Hosting.ApplicationModel;

internal sealed class ResourceBuilder<T>(IDistributedApplicationBuilder applicationBuilder, T resource) : IResourceBuilder<T>
    where T : IResource
{
    public IDistributedApplicationBuilder ApplicationBuilder { get; } = applicationBuilder;

    public T Resource { get; } = resource;

    public IResourceBuilder<T> WithAnnotation<TAnnotation>(TAnnotation annotation,
        ResourceAnnotationMutationBehavior behavior = ResourceAnnotationMutationBehavior.Append)
        where TAnnotation : IResourceAnnotation
    {
        if (behavior == ResourceAnnotationMutationBehavior.Replace)
        {
            foreach (var existing in Resource.Annotations.OfType<TAnnotation>().ToList())
            {
                Resource.Annotations.Remove(existing);
            }
        }
        Resource.Annotations.Add(annotation);
        return this;
    }
}
