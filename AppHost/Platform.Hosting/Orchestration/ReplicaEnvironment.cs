using Aspire.Hosting.ApplicationModel;

namespace Platform.Hosting.Orchestration;

/// <summary>
/// The environment the app host injects into a replica, following Aspire's contract (see docs/apphost.md):
/// hosting defaults and Kestrel endpoints for projects, OTEL_* for telemetry, then whatever the model adds
/// (WithReference, WithEnvironment), in declaration order.
/// </summary>
internal static class ReplicaEnvironment
{
    public static async Task<Dictionary<string, string>> ComposeAsync(ReplicaPlan plan, OtlpTarget? otlp, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var resource = plan.Resource;
        if (resource is ProjectResource)
        {
            AddProjectDefaults(environment);
            AddKestrelEndpoints(environment, plan);
        }
        else
        {
            AddPortVariables(environment, plan);
        }
        if (otlp is not null && (resource is ProjectResource || resource.Annotations.OfType<OtlpExporterAnnotation>().Any()))
        {
            AddOpenTelemetry(environment, plan, otlp);
        }
        var context = new EnvironmentCallbackContext(resource, environment, cancellationToken);
        foreach (var annotation in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await annotation.Callback(context).ConfigureAwait(false);
        }
        return environment;
    }

    public static async Task<List<string>> ComposeArgumentsAsync(ReplicaPlan plan, CancellationToken cancellationToken)
    {
        var args = new List<string>(plan.LeadingArguments);
        var context = new CommandLineArgsCallbackContext(plan.Resource, args, cancellationToken);
        foreach (var annotation in plan.Resource.Annotations.OfType<CommandLineArgsCallbackAnnotation>())
        {
            await annotation.Callback(context).ConfigureAwait(false);
        }
        return args;
    }

    private static void AddProjectDefaults(Dictionary<string, string> environment)
    {
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["DOTNET_ENVIRONMENT"] = "Development";
        // Keep the console logger's colours although stdout is a pipe: the dashboard renders them.
        environment["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"] = "true";
        environment["LOGGING__CONSOLE__FORMATTERNAME"] = "simple";
    }

    /// <summary>
    /// Only HTTP/1 endpoints: ASPNETCORE_URLS, as Aspire does. With an h2c (gRPC) endpoint, each endpoint is a
    /// named Kestrel endpoint instead, because one URL list cannot say which port speaks HTTP/2 only.
    /// </summary>
    private static void AddKestrelEndpoints(Dictionary<string, string> environment, ReplicaPlan plan)
    {
        var endpoints = plan.Resource.GetEndpointAnnotations().Where(e => e.UriScheme == "http").ToList();
        if (endpoints.Count == 0)
        {
            return;
        }
        if (endpoints.All(e => e.Transport != "http2"))
        {
            environment["ASPNETCORE_URLS"] = string.Join(';', endpoints.Select(e => TargetUrl(plan, e)));
            return;
        }
        foreach (var endpoint in endpoints)
        {
            environment[$"Kestrel__Endpoints__{endpoint.Name}__Url"] = TargetUrl(plan, endpoint);
            environment[$"Kestrel__Endpoints__{endpoint.Name}__Protocols"] = endpoint.Transport == "http2" ? "Http2" : "Http1";
        }
    }

    private static void AddPortVariables(Dictionary<string, string> environment, ReplicaPlan plan)
    {
        foreach (var endpoint in plan.Resource.GetEndpointAnnotations())
        {
            if (endpoint.TargetPortEnvironmentVariable is { } variable)
            {
                environment[variable] = plan.TargetPorts[endpoint.Name].ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static void AddOpenTelemetry(Dictionary<string, string> environment, ReplicaPlan plan, OtlpTarget otlp)
    {
        environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp.Endpoint;
        environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = otlp.Protocol;
        environment["OTEL_SERVICE_NAME"] = plan.ResourceName;
        environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={plan.InstanceName}";
        environment["OTEL_TRACES_SAMPLER"] = "always_on";
        environment["OTEL_METRICS_EXEMPLAR_FILTER"] = "trace_based";
        // Development intervals, as Aspire sets them: telemetry shows up within a second or so.
        environment["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
        environment["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
        environment["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
        environment["OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EXCEPTION_LOG_ATTRIBUTES"] = "true";
        environment["OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EVENT_LOG_ATTRIBUTES"] = "true";
        environment["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"] = "in_memory";
    }

    public static string TargetUrl(ReplicaPlan plan, EndpointAnnotation endpoint) =>
        $"{endpoint.UriScheme}://{EndpointAddresses.Host}:{plan.TargetPorts[endpoint.Name]}";
}
