using Platform.Grpc.Wire;

namespace Grpc.Net.Client;

/// <summary>Options of a <see cref="GrpcChannel"/>.</summary>
public sealed class GrpcChannelOptions
{
    /// <summary>The handler to send calls through; by default a <see cref="SocketsHttpHandler"/> with multiple HTTP/2 connections.</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>An HttpClient to send calls through instead of <see cref="HttpHandler"/>.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Whether disposing the channel disposes <see cref="HttpClient"/> or <see cref="HttpHandler"/> given here.</summary>
    public bool DisposeHttpClient { get; set; }

    /// <summary>Largest request message sent, in bytes; null (default) for no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>Largest response message accepted, in bytes; default 4 MB; null for no limit.</summary>
    public int? MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Throw <see cref="OperationCanceledException"/> instead of <c>RpcException</c> when a call is cancelled or its deadline passes.</summary>
    public bool ThrowOperationCanceledOnCancellation { get; set; }
}
