using Aspire.Hosting.ApplicationModel;

namespace Platform.Hosting.Orchestration;

/// <summary>Groups resources so that each group only depends on later groups: stop group by group.</summary>
internal static class StopOrder
{
    public static IEnumerable<IReadOnlyList<IResource>> Levels(IReadOnlyList<IResource> resources)
    {
        var depth = new Dictionary<IResource, int>();
        int DepthOf(IResource resource, int guard)
        {
            if (depth.TryGetValue(resource, out var known))
            {
                return known;
            }
            // The guard only matters for reference cycles, which are legal (two services calling each other).
            var dependencies = Dependencies(resource).Where(resources.Contains).ToList();
            var value = guard > resources.Count || dependencies.Count == 0 ? 0 : dependencies.Max(d => DepthOf(d, guard + 1)) + 1;
            depth[resource] = value;
            return value;
        }
        return resources
            .GroupBy(r => DepthOf(r, 0))
            .OrderByDescending(g => g.Key)
            .Select(g => (IReadOnlyList<IResource>)g.ToList());
    }

    private static IEnumerable<IResource> Dependencies(IResource resource) =>
        resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource)
            .Concat(resource.Annotations.OfType<ResourceReferenceAnnotation>().Select(r => r.Resource))
            .Distinct();
}
