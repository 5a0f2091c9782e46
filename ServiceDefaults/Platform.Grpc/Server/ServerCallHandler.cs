using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Platform.Grpc.Telemetry;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Server;

/// <summary>
/// Runs one kind of gRPC method for one service type: checks the request is gRPC over HTTP/2,
/// activates the service, invokes the handler, and turns its outcome into the call's status.
/// </summary>
internal abstract class ServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    ServiceActivator<TService> activator,
    ServerCallSettings settings)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected Method<TRequest, TResponse> Method { get; } = method;

    public Task HandleCallAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
        {
            return RejectAsync(httpContext, StatusCodes.Status415UnsupportedMediaType, $"Content-Type '{request.ContentType}' is not supported.");
        }

        if (!HttpProtocol.IsHttp2(request.Protocol))
        {
            return RejectAsync(httpContext, StatusCodes.Status426UpgradeRequired, $"Request protocol '{request.Protocol}' is not supported; gRPC needs HTTP/2.");
        }

        return RunAsync(new HttpServerCallContext(httpContext, Method, settings));
    }

    /// <summary>Reads the request, calls the service and writes the response messages.</summary>
    protected abstract Task InvokeAsync(HttpServerCallContext call, TService service);

    /// <summary>Writes the one response of a unary or client-streaming call, unless the call already failed.</summary>
    protected void WriteSingleResponse(HttpServerCallContext call, TResponse? response)
    {
        if (call.DeadlineExceeded || call.Status.StatusCode != StatusCode.OK)
        {
            return;
        }

        if (response is null)
        {
            throw new RpcException(new Status(StatusCode.Internal, "The handler returned no response message."));
        }

        call.WriteMessage(response, Method.ResponseMarshaller.ContextualSerializer, call.WriteOptions);
    }

    private async Task RunAsync(HttpServerCallContext call)
    {
        var telemetry = ServerTelemetry.Start(call.HttpContext, Method);
        try
        {
            if (call.TryInitialize())
            {
                await InvokeServiceAsync(call).ConfigureAwait(false);
            }
            else
            {
                GrpcServerLog.CallRejected(settings.Logger, Method.FullName, call.Status.Detail);
            }

            call.EndCall();
        }
        finally
        {
            telemetry.Stop(call.Status);
            call.Dispose();
        }
    }

    private async Task InvokeServiceAsync(HttpServerCallContext call)
    {
        TService? service = null;
        var owned = false;
        try
        {
            service = activator.Create(call.HttpContext.RequestServices, out owned);
            await InvokeAsync(call, service).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            call.SetStatusFromException(exception);
        }
        finally
        {
            if (owned && service is not null)
            {
                await ReleaseAsync(service).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask ReleaseAsync(TService service)
    {
        try
        {
            await ServiceActivator<TService>.ReleaseAsync(service).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            GrpcServerLog.ServiceReleaseFailed(settings.Logger, Method.FullName, exception);
        }
    }

    private Task RejectAsync(HttpContext httpContext, int httpStatus, string detail)
    {
        GrpcServerLog.CallRejected(settings.Logger, Method.FullName, detail);
        httpContext.Response.StatusCode = httpStatus;
        HttpServerCallContext.WriteTrailersOnly(httpContext.Response, new Status(StatusCode.Internal, detail));
        return Task.CompletedTask;
    }
}
