using Aspire.Hosting.ApplicationModel;

namespace Platform.Hosting;

/// <summary>The declared resources, frozen when the application is built.</summary>
internal sealed class DistributedApplicationModel(IReadOnlyList<IResource> resources)
{
    public IReadOnlyList<IResource> Resources { get; } = resources.ToList();
}
