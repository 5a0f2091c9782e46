using Aspire.Hosting.ApplicationModel;

namespace Platform.Hosting.Orchestration;

internal sealed record LaunchPlan(IReadOnlyList<ReplicaPlan> Replicas, IReadOnlyList<ProxiedPort> ProxiedPorts)
{
    /// <summary>How a replica looks before its first start: addresses known, nothing running.</summary>
    public ResourceSnapshot InitialSnapshot(ReplicaPlan plan)
    {
        var resource = plan.Resource;
        var waits = resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).Distinct().ToList();
        return new ResourceSnapshot
        {
            InstanceName = plan.InstanceName,
            ResourceName = resource.Name,
            ResourceType = resource.GetResourceType(),
            ReplicaIndex = plan.Index,
            State = waits.Count > 0 ? KnownResourceStates.Waiting : KnownResourceStates.NotStarted,
            StateDetail = waits.Count > 0 ? $"waiting for {string.Join(", ", waits)} to be healthy" : null,
            Urls = resource.GetEndpointAnnotations()
                .Select(e => new ResourceUrlSnapshot(e.Name, e.AllocatedEndpoint!.UriString, ReplicaEnvironment.TargetUrl(plan, e), e.IsExternal))
                .ToList(),
            Command = plan.FileName,
            Arguments = plan.LeadingArguments,
            WaitsFor = waits,
            References = resource.Annotations.OfType<ResourceReferenceAnnotation>().Select(r => r.Resource.Name).Distinct().ToList(),
            HealthProbes = resource.Annotations.OfType<HealthProbeAnnotation>().Select(h => h.Description).ToList(),
        };
    }
}
