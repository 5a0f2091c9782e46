using Grpc.Core;
using Platform.Grpc.Wire;

namespace Grpc.AspNetCore.Server;

/// <summary>Options of the gRPC server, set with <c>services.AddGrpc(options => ...)</c>.</summary>
public class GrpcServiceOptions
{
    /// <summary>Largest request message accepted, in bytes; larger ones fail with RESOURCE_EXHAUSTED. Default 4 MB; null for no limit.</summary>
    public int? MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest response message sent, in bytes; null (default) for no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>Whether an unhandled exception's type and message go to the client (default no: they go only to the log).</summary>
    public bool? EnableDetailedErrors { get; set; }

    /// <summary>Compress response messages with this encoding ("gzip") when the client accepts it; null for none.</summary>
    public string? ResponseCompressionAlgorithm { get; set; }

    /// <summary>Leave unknown services and methods to the rest of the app instead of answering UNIMPLEMENTED.</summary>
    public bool IgnoreUnknownServices { get; set; }

    /// <summary>
    /// Turn exceptions a handler lets escape into the status they stand for (the first non-null answer wins), e.g. a
    /// store that cannot be reached into UNAVAILABLE; anything unmapped answers UNKNOWN. A platform addition: add them
    /// with <see cref="Microsoft.Extensions.DependencyInjection.GrpcServerBuilderExtensions.MapException{TException}"/>.
    /// </summary>
    public IList<Func<Exception, Status?>> ExceptionMappers { get; } = [];
}
