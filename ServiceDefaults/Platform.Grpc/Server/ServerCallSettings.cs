using Grpc.AspNetCore.Server;
using Grpc.Core;
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
        ExceptionMappers = [.. options.ExceptionMappers];
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

    public Func<Exception, Status?>[] ExceptionMappers { get; }

    /// <summary>The status the first mapper gives <paramref name="exception"/>, or null when none maps it.</summary>
    public Status? MapException(Exception exception)
    {
        foreach (var map in ExceptionMappers)
        {
            if (map(exception) is { } status)
            {
                return status;
            }
        }

        return null;
    }

    public string? ResponseCompressionAlgorithm { get; }

    public ILogger Logger { get; }
}
