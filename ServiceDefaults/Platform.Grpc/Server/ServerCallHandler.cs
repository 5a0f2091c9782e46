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

    /// <summary>
    /// Calls the service with the request (the single request message of unary and server-streaming
    /// calls, null for streamed requests); returns the single response of a unary or
    /// client-streaming call (written when the call ends), null for streamed responses.
    /// </summary>
    protected abstract Task<TResponse?> InvokeAsync(HttpServerCallContext call, TService service, TRequest? request);

    private bool ReadsSingleRequest => Method.Type is MethodType.Unary or MethodType.ServerStreaming;

    private bool ExpectsSingleResponse => Method.Type is MethodType.Unary or MethodType.ClientStreaming;

    // One async level for the whole call keeps the per-call cost close to bare Kestrel's.
    private async Task RunAsync(HttpServerCallContext call)
    {
        var telemetry = ServerTelemetry.Start(call.HttpContext, Method);
        try
        {
            TResponse? response = null;
            if (call.TryInitialize())
            {
                TService? service = null;
                var owned = false;
                try
                {
                    var request = ReadsSingleRequest
                        ? await call.RequestReader.ReadSingleMessageAsync(Method.RequestMarshaller.ContextualDeserializer, call.CancellationToken).ConfigureAwait(false)
                        : null;
                    service = activator.Create(call.HttpContext, out owned);
                    response = await InvokeAsync(call, service, request).ConfigureAwait(false);
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
            else
            {
                GrpcServerLog.CallRejected(settings.Logger, Method.FullName, call.Status.Detail);
            }

            await call.EndCallAsync(response, Method.ResponseMarshaller.ContextualSerializer, ExpectsSingleResponse).ConfigureAwait(false);
        }
        finally
        {
            telemetry.Stop(call.Status);
            call.Dispose();
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
