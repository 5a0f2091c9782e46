using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Logging;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Server;

/// <summary>Server options resolved once when services are mapped, shared by every call.</summary>
internal sealed class ServerCallSettings
{
    public ServerCallSettings(GrpcServiceOptions options, ILogger logger)
    {
        MaxReceiveMessageSize = options.MaxReceiveMessageSize;
        MaxSendMessageSize = options.MaxSendMessageSize;
        EnableDetailedErrors = options.EnableDetailedErrors ?? false;
        Logger = logger;
        var algorithm = options.ResponseCompressionAlgorithm;
        if (algorithm is not null && !string.Equals(algorithm, GrpcProtocol.GzipEncoding, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Response compression '{algorithm}' is not supported; use '{GrpcProtocol.GzipEncoding}' or none.");
        }

        ResponseCompressionAlgorithm = algorithm is null ? null : GrpcProtocol.GzipEncoding;
    }

    public int? MaxReceiveMessageSize { get; }

    public int? MaxSendMessageSize { get; }

    public bool EnableDetailedErrors { get; }

    public string? ResponseCompressionAlgorithm { get; }

    public ILogger Logger { get; }
}
