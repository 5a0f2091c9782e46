namespace Platform.Gateway.RateLimiting;

/// <summary>Who a request comes from, for rate limits: its <c>X-Client-Id</c> header when well formed, else its IP address.</summary>
public static class ClientKey
{
    public const string Header = "X-Client-Id";
    private const int MaxLength = 64;

    public static string Of(HttpContext context)
    {
        var declared = context.Request.Headers[Header].ToString();
        if (declared.Length is > 0 and <= MaxLength && declared.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            return "client:" + declared;
        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
