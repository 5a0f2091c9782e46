using Grpc.Core;
using Grpc.Testing;

namespace Interop.Server.Services;

/// <summary>Answers one StreamingOutputCallRequest: one response per ResponseParameters, in order.</summary>
public static class StreamedResponses
{
    public static async Task WriteAsync(StreamingOutputCallRequest request, IServerStreamWriter<StreamingOutputCallResponse> responseStream, CancellationToken cancellationToken)
    {
        // A requested status ends the call at once; nothing else is sent for this request.
        EchoedCall.ThrowIfStatusRequested(request.ResponseStatus);
        foreach (var parameters in request.ResponseParameters)
        {
            if (parameters.IntervalUs > 0)
            {
                await Task.Delay(TimeSpan.FromMicroseconds(parameters.IntervalUs), cancellationToken);
            }

            var payload = Payloads.Zeros(parameters.Size, request.ResponseType);
            await responseStream.WriteAsync(new StreamingOutputCallResponse { Payload = payload });
        }
    }
}
