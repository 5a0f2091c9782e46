using System.Net;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Client;

/// <summary>
/// The body of a client- or duplex-streaming call: HttpClient hands over the request stream, the
/// call's writer writes messages into it, and the body ends when the writer completes.
/// </summary>
internal sealed class StreamingRequestContent : HttpContent
{
    private readonly TaskCompletionSource<Stream> _stream = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StreamingRequestContent()
    {
        Headers.TryAddWithoutValidation("content-type", GrpcProtocol.ContentType);
    }

    /// <summary>The request stream, once HttpClient starts sending the body.</summary>
    public Task<Stream> GetStreamAsync() => _stream.Task;

    /// <summary>Ends the request body.</summary>
    public void Complete() => _completed.TrySetResult();

    /// <summary>Stops the body: the call is over.</summary>
    public void Abort()
    {
        if (_stream.TrySetException(new OperationCanceledException("The call is complete.")))
        {
            _ = _stream.Task.Exception;
        }

        _completed.TrySetCanceled();
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        // Send the request headers now rather than with the first message: HttpClient holds them
        // back otherwise, and a duplex call whose server answers first would never start.
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _stream.TrySetResult(stream);
        await using (cancellationToken.UnsafeRegister(static state => ((TaskCompletionSource)state!).TrySetCanceled(), _completed).ConfigureAwait(false))
        {
            await _completed.Task.ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
