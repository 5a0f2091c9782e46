using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Grpc.HealthCheck;

/// <summary>
/// The <c>grpc.health.v1.Health</c> service. Statuses are set in code with <see cref="SetStatus"/>, or
/// (through <c>AddGrpcHealthChecks</c>) evaluated from ASP.NET Core health checks: on demand for
/// Check and List, and pushed to Watch whenever the health check publisher reports a change.
/// </summary>
public class HealthServiceImpl : Grpc.Health.V1.Health.HealthBase
{
    private readonly ConcurrentDictionary<string, ServingStatus> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Channel<ServingStatus>, string> _watchers = new();
    private readonly IHealthStatusEvaluator? _evaluator;

    public HealthServiceImpl()
    {
    }

    internal HealthServiceImpl(IHealthStatusEvaluator evaluator)
    {
        _evaluator = evaluator;
    }

    /// <summary>Sets a service's status (the empty name is the whole server) and tells its watchers.</summary>
    public void SetStatus(string service, ServingStatus status)
    {
        ArgumentNullException.ThrowIfNull(service);
        var changed = true;
        _statuses.AddOrUpdate(service, status, (_, previous) =>
        {
            changed = previous != status;
            return status;
        });
        if (changed)
        {
            Notify(service, status);
        }
    }

    /// <summary>Forgets a service; its watchers see SERVICE_UNKNOWN.</summary>
    public void ClearStatus(string service)
    {
        if (_statuses.TryRemove(service, out _))
        {
            Notify(service, ServingStatus.ServiceUnknown);
        }
    }

    public void ClearAll()
    {
        foreach (var service in _statuses.Keys)
        {
            ClearStatus(service);
        }
    }

    public override async Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        var status = await GetStatusAsync(request.Service, context.CancellationToken).ConfigureAwait(false)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Unknown service '{request.Service}'."));
        return new HealthCheckResponse { Status = status };
    }

    public override async Task<HealthListResponse> List(HealthListRequest request, ServerCallContext context)
    {
        var response = new HealthListResponse();
        var names = _statuses.Keys.Concat(_evaluator?.MappedServices ?? []).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (await GetStatusAsync(name, context.CancellationToken).ConfigureAwait(false) is { } status)
            {
                response.Statuses[name] = new HealthCheckResponse { Status = status };
            }
        }

        return response;
    }

    public override async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responseStream, ServerCallContext context)
    {
        var service = request.Service;
        var updates = Channel.CreateBounded<ServingStatus>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _watchers[updates] = service;
        try
        {
            var current = await GetStatusAsync(service, context.CancellationToken).ConfigureAwait(false) ?? ServingStatus.ServiceUnknown;
            await responseStream.WriteAsync(new HealthCheckResponse { Status = current }).ConfigureAwait(false);
            var last = current;
            await foreach (var status in updates.Reader.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
            {
                if (status != last)
                {
                    await responseStream.WriteAsync(new HealthCheckResponse { Status = status }).ConfigureAwait(false);
                    last = status;
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The watcher went away; that is how a Watch call normally ends.
        }
        finally
        {
            _watchers.TryRemove(updates, out _);
        }
    }

    private async Task<ServingStatus?> GetStatusAsync(string service, CancellationToken cancellationToken)
    {
        if (_evaluator is not null && _evaluator.IsMapped(service))
        {
            var evaluated = await _evaluator.EvaluateAsync(service, cancellationToken).ConfigureAwait(false);
            SetStatus(service, evaluated);
            return evaluated;
        }

        return _statuses.TryGetValue(service, out var status) ? status : null;
    }

    private void Notify(string service, ServingStatus status)
    {
        foreach (var (watcher, watchedService) in _watchers)
        {
            if (watchedService == service)
            {
                watcher.Writer.TryWrite(status);
            }
        }
    }
}
