using System.Globalization;
using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

/// <summary>Environment, arguments, references and start order.</summary>
public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironment(context => context.EnvironmentVariables[name] = value);

    /// <summary>A value computed when each replica starts.</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, Func<string> value)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironment(context => context.EnvironmentVariables[name] = value());

    /// <summary>The URL of another resource's endpoint, e.g. for a program that does not read services__*.</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, EndpointReference endpoint)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironment(context => context.EnvironmentVariables[name] = endpoint.Url);

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, Action<EnvironmentCallbackContext> callback)
        where T : IResourceWithEnvironment =>
        builder.WithAnnotation(new EnvironmentCallbackAnnotation(context =>
        {
            callback(context);
            return Task.CompletedTask;
        }));

    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, params string[] args) where T : IResourceWithArgs =>
        builder.WithArgs(context =>
        {
            foreach (var arg in args)
            {
                context.Args.Add(arg);
            }
        });

    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, Action<CommandLineArgsCallbackContext> callback)
        where T : IResourceWithArgs =>
        builder.WithAnnotation(new CommandLineArgsCallbackAnnotation(context =>
        {
            callback(context);
            return Task.CompletedTask;
        }));

    /// <summary>Injects <c>ConnectionStrings__{name}</c> (the source's name unless <paramref name="connectionName"/> is given).</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder,
        IResourceBuilder<IResourceWithConnectionString> source, string? connectionName = null)
        where T : IResourceWithEnvironment
    {
        var resource = source.Resource;
        var key = $"ConnectionStrings__{connectionName ?? resource.Name}";
        return builder
            .WithAnnotation(new ResourceReferenceAnnotation(resource))
            .WithAnnotation(new EnvironmentCallbackAnnotation(async context =>
            {
                var connectionString = await resource.GetConnectionStringAsync(context.CancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"'{resource.Name}' has no connection string yet.");
                context.EnvironmentVariables[key] = connectionString;
            }));
    }

    /// <summary>Injects <c>services__{name}__{endpoint}__0</c> = URL for every endpoint of <paramref name="source"/>.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithServiceDiscovery> source)
        where T : IResourceWithEnvironment
    {
        var resource = source.Resource;
        builder.WithAnnotation(new ResourceReferenceAnnotation(resource));
        return builder.WithEnvironment(context =>
        {
            foreach (var endpoint in resource.GetEndpointAnnotations())
            {
                context.EnvironmentVariables[ServiceDiscoveryKey(resource, endpoint.Name)] = resource.GetEndpoint(endpoint.Name).Url;
            }
        });
    }

    /// <summary>Injects <c>services__{resource}__{endpoint}__0</c> for one endpoint of any resource.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, EndpointReference endpoint)
        where T : IResourceWithEnvironment
    {
        builder.WithAnnotation(new ResourceReferenceAnnotation(endpoint.Resource));
        return builder.WithEnvironment(context =>
            context.EnvironmentVariables[ServiceDiscoveryKey(endpoint.Resource, endpoint.EndpointName)] = endpoint.Url);
    }

    /// <summary>Holds this resource back until <paramref name="dependency"/> is running and healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : IResourceWithWaitSupport
    {
        if (ReferenceEquals(dependency.Resource, builder.Resource))
        {
            throw new DistributedApplicationException($"'{builder.Resource.Name}' cannot wait for itself.");
        }
        return builder.WithAnnotation(new WaitAnnotation(dependency.Resource));
    }

    /// <summary>Projects always export telemetry; an executable that uses an OpenTelemetry SDK opts in with this.</summary>
    public static IResourceBuilder<T> WithOtlpExporter<T>(this IResourceBuilder<T> builder) where T : IResourceWithEnvironment =>
        builder.Resource.Annotations.OfType<OtlpExporterAnnotation>().Any()
            ? builder
            : builder.WithAnnotation(new OtlpExporterAnnotation());

    private static string ServiceDiscoveryKey(IResource resource, string endpointName) =>
        string.Create(CultureInfo.InvariantCulture, $"services__{resource.Name}__{endpointName}__0");
}
