using Microsoft.AspNetCore.Builder;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Applies endpoint conventions (authorization, metadata...) to every method endpoint of a mapped service.</summary>
public sealed class GrpcServiceEndpointConventionBuilder : IEndpointConventionBuilder
{
    private readonly IReadOnlyList<IEndpointConventionBuilder> _methodEndpoints;

    internal GrpcServiceEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> methodEndpoints)
    {
        _methodEndpoints = methodEndpoints;
    }

    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var endpoint in _methodEndpoints)
        {
            endpoint.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (var endpoint in _methodEndpoints)
        {
            endpoint.Finally(finallyConvention);
        }
    }
}
