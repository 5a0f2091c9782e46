namespace Grpc.Core;

/// <summary>The server's side of a response stream.</summary>
public interface IServerStreamWriter<in T> : IAsyncStreamWriter<T>
{
}
