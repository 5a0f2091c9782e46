using System.Diagnostics;
using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Testing;

namespace Interop.Server.Services;

/// <summary>grpc.testing.TestService with the server features of the gRPC interop spec.</summary>
public sealed class InteropTestService : TestService.TestServiceBase
{
    public override async Task<Empty> EmptyCall(Empty request, ServerCallContext context)
    {
        await EchoedCall.EchoMetadataAsync(context);
        return new Empty();
    }

    public override async Task<SimpleResponse> UnaryCall(SimpleRequest request, ServerCallContext context)
    {
        await EchoedCall.EchoMetadataAsync(context);
        EchoedCall.RefuseExpectedCompression(request.ExpectCompressed);
        EchoedCall.ThrowIfStatusRequested(request.ResponseStatus);
        return new SimpleResponse { Payload = Payloads.Zeros(request.ResponseSize, request.ResponseType) };
    }

    public override async Task<SimpleResponse> CacheableUnaryCall(SimpleRequest request, ServerCallContext context)
    {
        await context.WriteResponseHeadersAsync(new Metadata { { "cache-control", "max-age=60, public" } });
        var timestamp = Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture);
        return new SimpleResponse { Payload = new Payload { Body = ByteString.CopyFromUtf8(timestamp) } };
    }

    public override async Task StreamingOutputCall(StreamingOutputCallRequest request, IServerStreamWriter<StreamingOutputCallResponse> responseStream, ServerCallContext context)
    {
        await EchoedCall.EchoMetadataAsync(context);
        await StreamedResponses.WriteAsync(request, responseStream, context.CancellationToken);
    }

    public override async Task<StreamingInputCallResponse> StreamingInputCall(IAsyncStreamReader<StreamingInputCallRequest> requestStream, ServerCallContext context)
    {
        await EchoedCall.EchoMetadataAsync(context);
        var aggregated = 0L;
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            EchoedCall.RefuseExpectedCompression(request.ExpectCompressed);
            aggregated += Payloads.SizeOf(request.Payload);
        }

        if (aggregated > int.MaxValue)
        {
            throw new RpcException(new Status(StatusCode.OutOfRange, "aggregated payload size does not fit in int32"));
        }

        return new StreamingInputCallResponse { AggregatedPayloadSize = (int)aggregated };
    }

    public override async Task FullDuplexCall(IAsyncStreamReader<StreamingOutputCallRequest> requestStream, IServerStreamWriter<StreamingOutputCallResponse> responseStream, ServerCallContext context)
    {
        await EchoedCall.EchoMetadataAsync(context);
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            await StreamedResponses.WriteAsync(request, responseStream, context.CancellationToken);
        }
    }

    public override async Task HalfDuplexCall(IAsyncStreamReader<StreamingOutputCallRequest> requestStream, IServerStreamWriter<StreamingOutputCallResponse> responseStream, ServerCallContext context)
    {
        await EchoedCall.EchoMetadataAsync(context);
        var requests = new List<StreamingOutputCallRequest>();
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            requests.Add(request);
        }

        foreach (var request in requests)
        {
            await StreamedResponses.WriteAsync(request, responseStream, context.CancellationToken);
        }
    }

    // UnimplementedCall is deliberately not overridden: the generated base class answers UNIMPLEMENTED.
}
