namespace Grpc.Core;

/// <summary>The client's side of a request stream.</summary>
public interface IClientStreamWriter<in T> : IAsyncStreamWriter<T>
{
    /// <summary>Tells the server that no more messages follow.</summary>
    Task CompleteAsync();
}
