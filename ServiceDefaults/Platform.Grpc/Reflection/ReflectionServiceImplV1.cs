using Google.Protobuf;
using Grpc.Core;
using Grpc.Reflection.V1;

namespace Grpc.Reflection;

/// <summary>
/// <c>grpc.reflection.v1.ServerReflection</c>. Its messages are field-for-field those of v1alpha, so
/// each request is answered by the v1alpha service through a wire-level conversion.
/// </summary>
public sealed class ReflectionServiceImplV1(ReflectionServiceImpl v1Alpha) : ServerReflection.ServerReflectionBase
{
    public override async Task ServerReflectionInfo(IAsyncStreamReader<ServerReflectionRequest> requestStream, IServerStreamWriter<ServerReflectionResponse> responseStream, ServerCallContext context)
    {
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
        {
            var alphaRequest = V1Alpha.ServerReflectionRequest.Parser.ParseFrom(request.ToByteString());
            var alphaResponse = v1Alpha.Answer(alphaRequest);
            await responseStream.WriteAsync(ServerReflectionResponse.Parser.ParseFrom(alphaResponse.ToByteString())).ConfigureAwait(false);
        }
    }
}
