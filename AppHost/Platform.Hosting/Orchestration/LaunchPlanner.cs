using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Platform.Hosting.Processes;

namespace Platform.Hosting.Orchestration;

/// <summary>
/// Turns the model into replicas ready to launch: resolves every program (failing with a one-line message when one
/// is missing), and gives every endpoint its public port and every replica its own port.
/// </summary>
internal sealed class LaunchPlanner(AppHostOptions options, PortAllocator ports)
{
    public async Task<LaunchPlan> PlanAsync(DistributedApplicationModel model, CancellationToken cancellationToken)
    {
        var programs = new Dictionary<IResource, (string FileName, string[] Arguments, string WorkingDirectory)>();
        foreach (var resource in model.Resources)
        {
            programs[resource] = await ResolveProgramAsync(resource, cancellationToken).ConfigureAwait(false);
        }

        var replicas = new List<ReplicaPlan>();
        var proxied = new List<ProxiedPort>();
        foreach (var resource in model.Resources)
        {
            var count = resource.GetReplicaCount();
            var targetPorts = Enumerable.Range(0, count).Select(_ => new Dictionary<string, int>()).ToList();
            foreach (var endpoint in resource.GetEndpointAnnotations())
            {
                var purpose = $"endpoint '{endpoint.Name}' of '{resource.Name}'";
                var direct = count == 1 && (endpoint.Port is null || endpoint.TargetPort is null || endpoint.Port == endpoint.TargetPort);
                if (direct)
                {
                    var fixedPort = endpoint.Port ?? endpoint.TargetPort;
                    var port = fixedPort is int p ? ports.Claim(p, purpose) : ports.AllocateFreePort();
                    endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, EndpointAddresses.Host, port);
                    targetPorts[0][endpoint.Name] = port;
                    continue;
                }
                var publicPort = endpoint.Port is int fixedPublic ? ports.Claim(fixedPublic, purpose) : ports.AllocateFreePort();
                endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, EndpointAddresses.Host, publicPort);
                foreach (var replicaPorts in targetPorts)
                {
                    replicaPorts[endpoint.Name] = endpoint.TargetPort is int t ? ports.Claim(t, purpose) : ports.AllocateFreePort();
                }
                proxied.Add(new ProxiedPort(resource, endpoint.Name, publicPort));
            }
            var (fileName, arguments, workingDirectory) = programs[resource];
            replicas.AddRange(targetPorts.Select((replicaPorts, index) => new ReplicaPlan(
                resource, index, resource.GetInstanceName(index), fileName, arguments, workingDirectory, replicaPorts)));
        }
        return new LaunchPlan(replicas, proxied);
    }

    private async Task<(string, string[], string)> ResolveProgramAsync(IResource resource, CancellationToken cancellationToken)
    {
        switch (resource)
        {
            case ExecutableResource executable:
            {
                if (!Directory.Exists(executable.WorkingDirectory))
                {
                    throw new DistributedApplicationException($"Resource '{resource.Name}': working directory {executable.WorkingDirectory} does not exist.");
                }
                var path = ExecutableLocator.Find(executable.Command, executable.WorkingDirectory);
                if (path is null)
                {
                    var hint = resource.Annotations.OfType<InstallHintAnnotation>().FirstOrDefault()?.Hint;
                    throw new DistributedApplicationException(
                        $"Resource '{resource.Name}' needs '{executable.Command}', which is not on PATH" + (hint is null ? "." : $"; {hint}."));
                }
                return (path, [], executable.WorkingDirectory);
            }
            case ProjectResource project:
            {
                var assembly = await ProjectBuildOutput.EnsureBuiltAsync(project, options.ProjectConfiguration, cancellationToken).ConfigureAwait(false);
                var dotnet = DotnetHost() ?? throw new DistributedApplicationException("The 'dotnet' host is not on PATH; it runs every project resource.");
                return (dotnet, [assembly], Path.GetDirectoryName(project.ProjectPath)!);
            }
            default:
                throw new DistributedApplicationException($"Resource '{resource.Name}' is a {resource.GetType().Name}, which this app host cannot run.");
        }
    }

    private static string? DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { } hostPath && File.Exists(hostPath)
            ? hostPath
            : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
                ? Environment.ProcessPath
                : ExecutableLocator.Find("dotnet", Directory.GetCurrentDirectory());
}
