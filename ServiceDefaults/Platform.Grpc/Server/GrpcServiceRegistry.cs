using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Platform.Grpc.Server;

/// <summary>The services an app has mapped, for the UNIMPLEMENTED answers and for reflection.</summary>
internal sealed class GrpcServiceRegistry
{
    private readonly ConcurrentDictionary<string, MappedGrpcService> _services = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<object, object> _routeBuildersWithCatchAll = [];

    public IReadOnlyCollection<MappedGrpcService> Services => _services.Values.OrderBy(service => service.Name, StringComparer.Ordinal).ToArray();

    public void Add(MappedGrpcService service) => _services.TryAdd(service.Name, service);

    public bool IsMapped(string serviceName) => _services.ContainsKey(serviceName);

    /// <summary>True the first time it is asked for a given route builder.</summary>
    public bool TryClaimCatchAll(object routeBuilder) => _routeBuildersWithCatchAll.TryAdd(routeBuilder, routeBuilder);
}
