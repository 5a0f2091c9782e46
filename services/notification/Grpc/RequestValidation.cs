using System.Text.RegularExpressions;
using Platform.Notification.Domain.Templates;

namespace Platform.Notification.Grpc;

/// <summary>Checks request fields; each failure is INVALID_ARGUMENT naming the field, before anything changes.</summary>
internal static partial class RequestValidation
{
    public static string Phone(string value, string field = "phone") =>
        PhonePattern().IsMatch(value) ? value : throw Problems.Invalid($"{field} must be an E.164 number such as +8613800138000");

    /// <summary>The calling client as the gateway names it (e.g. "client:app-7" or "ip:2001:db8::1").</summary>
    public static string ClientId(string value, string field = "client_id") =>
        ClientPattern().IsMatch(value) ? value : throw Problems.Invalid($"{field} is required: 1 to 128 letters, digits or . _ : -");

    public static string Id(string value, string field) =>
        TokenPattern().IsMatch(value) ? value : throw Problems.Invalid($"{field} is required: 1 to 64 letters, digits or . _ : -");

    public static string Purpose(string value, string field = "purpose") =>
        PurposePattern().IsMatch(value) ? value : throw Problems.Invalid($"{field} is required: 1 to 32 lowercase letters or _");

    public static string Locale(string value, string field = "locale") => value switch
    {
        "" => Locales.Default,
        Locales.Chinese or Locales.English => value,
        _ => throw Problems.Invalid($"{field} must be {Locales.Chinese} or {Locales.English}"),
    };

    /// <summary>Text a person reads: required, bounded, no control characters other than line breaks.</summary>
    public static string Text(string value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) throw Problems.Invalid($"{field} is required");
        if (value.Length > maxLength) throw Problems.Invalid($"{field} must be at most {maxLength} characters");
        if (value.Any(c => char.IsControl(c) && c != '\n')) throw Problems.Invalid($"{field} must not contain control characters");
        return value.Trim();
    }

    public static int PageSize(int value, int fallback = 20, int max = 100, string field = "page_size") => value switch
    {
        0 => fallback,
        < 0 => throw Problems.Invalid($"{field} must not be negative"),
        _ when value > max => throw Problems.Invalid($"{field} must be at most {max}"),
        _ => value,
    };

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[A-Za-z0-9._:\-]{1,64}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[A-Za-z0-9._:\-]{1,128}$")]
    private static partial Regex ClientPattern();

    [GeneratedRegex(@"^[a-z_]{1,32}$")]
    private static partial Regex PurposePattern();
}
