using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Platform.Hosting;

/// <summary>Rejects models that cannot start: waits on unknown resources, wait cycles, impossible endpoints.</summary>
internal static class ApplicationModelValidator
{
    public static void Validate(IReadOnlyList<IResource> resources)
    {
        foreach (var resource in resources)
        {
            foreach (var wait in resource.Annotations.OfType<WaitAnnotation>())
            {
                if (!resources.Contains(wait.Resource))
                {
                    throw new DistributedApplicationException($"'{resource.Name}' waits for '{wait.Resource.Name}', which is not part of the application.");
                }
            }
            var endpoints = resource.Annotations.OfType<EndpointAnnotation>().ToList();
            var duplicate = endpoints.GroupBy(e => e.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new DistributedApplicationException($"'{resource.Name}' declares endpoint '{duplicate.Key}' twice.");
            }
            if (resource.GetReplicaCount() > 1 && endpoints.Any(e => e.TargetPort is not null))
            {
                throw new DistributedApplicationException($"'{resource.Name}' has several replicas, so its endpoints cannot have a fixed target port.");
            }
        }

        var fixedPorts = resources.SelectMany(r => r.Annotations.OfType<EndpointAnnotation>())
            .SelectMany(e => new[] { e.Port, e.TargetPort })
            .OfType<int>()
            .GroupBy(p => p)
            .FirstOrDefault(g => g.Count() > 1);
        if (fixedPorts is not null)
        {
            throw new DistributedApplicationException($"Port {fixedPorts.Key} is given to more than one endpoint.");
        }

        foreach (var resource in resources)
        {
            FindWaitCycle(resource, []);
        }
    }

    private static void FindWaitCycle(IResource resource, List<IResource> path)
    {
        if (path.Contains(resource))
        {
            var cycle = string.Join(" -> ", path.SkipWhile(r => r != resource).Append(resource).Select(r => r.Name));
            throw new DistributedApplicationException($"Resources wait for each other in a cycle: {cycle}.");
        }
        path.Add(resource);
        foreach (var wait in resource.Annotations.OfType<WaitAnnotation>())
        {
            FindWaitCycle(wait.Resource, path);
        }
        path.RemoveAt(path.Count - 1);
    }
}
