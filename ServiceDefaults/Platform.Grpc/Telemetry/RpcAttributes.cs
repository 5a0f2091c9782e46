using System.Globalization;
using Grpc.Core;

namespace Platform.Grpc.Telemetry;

/// <summary>OpenTelemetry RPC attribute names and pre-boxed values, so recording a call allocates nothing extra.</summary>
internal static class RpcAttributes
{
    public const string System = "rpc.system";
    public const string Service = "rpc.service";
    public const string Method = "rpc.method";
    public const string GrpcStatusCode = "rpc.grpc.status_code";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string ClientAddress = "client.address";
    public const string ErrorType = "error.type";
    public const string GrpcSystem = "grpc";

    private static readonly object[] BoxedCodes = Enumerable.Range(0, 17).Select(static code => (object)code).ToArray();
    private static readonly string[] CodeNames = Enumerable.Range(0, 17).Select(static code => ((StatusCode)code).ToString().ToUpperInvariant()).ToArray();

    public static object Boxed(StatusCode code) => (uint)code < BoxedCodes.Length ? BoxedCodes[(int)code] : (int)code;

    public static string Name(StatusCode code) => (uint)code < CodeNames.Length ? CodeNames[(int)code] : ((int)code).ToString(CultureInfo.InvariantCulture);

    /// <summary>The codes that mark a server span as failed; the others are the caller's problem, not the server's.</summary>
    public static bool IsServerError(StatusCode code) =>
        code is StatusCode.Unknown or StatusCode.DeadlineExceeded or StatusCode.Unimplemented or StatusCode.Internal or StatusCode.Unavailable or StatusCode.DataLoss;
}
