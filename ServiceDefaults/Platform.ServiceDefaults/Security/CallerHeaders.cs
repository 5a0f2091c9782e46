namespace Platform.ServiceDefaults.Security;

/// <summary>The gRPC metadata keys that carry a caller from one service to the next.</summary>
public static class CallerHeaders
{
    public const string Service = "x-caller-service";
    public const string Role = "x-caller-role";
    public const string User = "x-caller-user";
    public const string Time = "x-caller-time";
    public const string Signature = "x-caller-signature";
}
