using System.Globalization;
using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Security;

/// <summary>Builds the signed metadata that names the originator of an outgoing internal call.</summary>
public sealed class CallerMetadata(
    CallerSignature signature, IOptions<InternalCallOptions> options, IHostEnvironment environment, TimeProvider time)
{
    public string ServiceName { get; } = options.Value.ServiceName
        ?? Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME")
        ?? environment.ApplicationName;

    /// <summary>For a request a user made (through the gateway).</summary>
    public Metadata ForUser(string userId) => Create(CallerRole.User, userId);

    /// <summary>For work a service does on its own for a user: saga steps, event handlers.</summary>
    public Metadata ForSystem(string userId) => Create(CallerRole.System, userId);

    public Metadata ForOperator(string operatorId) => Create(CallerRole.Operator, operatorId);

    /// <summary>Passes the originator of the current call on to the next service.</summary>
    public Metadata Forward(Caller caller) => Create(caller.Role, caller.UserId);

    private Metadata Create(CallerRole role, string? userId)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var headers = new Metadata
        {
            { CallerHeaders.Service, ServiceName },
            { CallerHeaders.Role, role.ToString() },
            { CallerHeaders.Time, now.ToString(CultureInfo.InvariantCulture) },
            { CallerHeaders.Signature, signature.Compute(ServiceName, role, userId, now) },
        };
        if (userId is not null) headers.Add(CallerHeaders.User, userId);
        return headers;
    }
}
