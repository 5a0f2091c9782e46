using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grpc.Core;

namespace Platform.Grpc.Telemetry;

/// <summary>One call's span and duration measurement, from start to final status.</summary>
internal readonly struct RpcCallTelemetry
{
    private readonly Activity? _activity;
    private readonly long _startTimestamp;
    private readonly IMethod? _method;
    private readonly bool _isServer;

    private RpcCallTelemetry(Activity? activity, long startTimestamp, IMethod method, bool isServer)
    {
        _activity = activity;
        _startTimestamp = startTimestamp;
        _method = method;
        _isServer = isServer;
    }

    public Activity? Activity => _activity;

    /// <summary>Starts a server span as a child of <paramref name="parent"/> (or of the current span when default).</summary>
    public static RpcCallTelemetry StartServer(IMethod method, ActivityContext parent, string? host, int? port, string? clientAddress)
    {
        var activity = GrpcTelemetry.Source.HasListeners()
            ? GrpcTelemetry.Source.StartActivity(method.ServiceName + "/" + method.Name, ActivityKind.Server, parent)
            : null;
        if (activity is { IsAllDataRequested: true })
        {
            AddCallTags(activity, method, host, port);
            if (clientAddress is not null)
            {
                activity.SetTag(RpcAttributes.ClientAddress, clientAddress);
            }
        }

        return new RpcCallTelemetry(activity, Stopwatch.GetTimestamp(), method, isServer: true);
    }

    /// <summary>Starts a client span as a child of the current span; HttpClient propagates it in <c>traceparent</c>.</summary>
    public static RpcCallTelemetry StartClient(IMethod method, string host, int port)
    {
        var activity = GrpcTelemetry.Source.HasListeners()
            ? GrpcTelemetry.Source.StartActivity(method.ServiceName + "/" + method.Name, ActivityKind.Client)
            : null;
        if (activity is { IsAllDataRequested: true })
        {
            AddCallTags(activity, method, host, port);
        }

        return new RpcCallTelemetry(activity, Stopwatch.GetTimestamp(), method, isServer: false);
    }

    public void Stop(Status status)
    {
        if (_method is null)
        {
            return;
        }

        var code = status.StatusCode;
        var histogram = _isServer ? GrpcTelemetry.ServerDuration : GrpcTelemetry.ClientDuration;
        if (histogram.Enabled)
        {
            var tags = new TagList
            {
                { RpcAttributes.System, RpcAttributes.GrpcSystem },
                { RpcAttributes.Service, _method.ServiceName },
                { RpcAttributes.Method, _method.Name },
                { RpcAttributes.GrpcStatusCode, RpcAttributes.Boxed(code) },
            };
            histogram.Record(Stopwatch.GetElapsedTime(_startTimestamp).TotalSeconds, tags);
        }

        if (_activity is null)
        {
            return;
        }

        if (_activity.IsAllDataRequested)
        {
            _activity.SetTag(RpcAttributes.GrpcStatusCode, RpcAttributes.Boxed(code));
            var failed = _isServer ? RpcAttributes.IsServerError(code) : code != StatusCode.OK;
            if (failed)
            {
                _activity.SetTag(RpcAttributes.ErrorType, RpcAttributes.Name(code));
                _activity.SetStatus(ActivityStatusCode.Error, status.Detail);
            }
        }

        _activity.Stop();
    }

    private static void AddCallTags(Activity activity, IMethod method, string? host, int? port)
    {
        activity.SetTag(RpcAttributes.System, RpcAttributes.GrpcSystem);
        activity.SetTag(RpcAttributes.Service, method.ServiceName);
        activity.SetTag(RpcAttributes.Method, method.Name);
        if (host is not null)
        {
            activity.SetTag(RpcAttributes.ServerAddress, host);
        }

        if (port is not null)
        {
            activity.SetTag(RpcAttributes.ServerPort, port.Value);
        }
    }
}
