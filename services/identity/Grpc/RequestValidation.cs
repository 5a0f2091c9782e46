using Platform.Identity.Domain.Accounts;
using System.Text.RegularExpressions;

namespace Platform.Identity.Grpc;

/// <summary>Checks request fields; each failure is INVALID_ARGUMENT naming the field, before anything changes.</summary>
internal static partial class RequestValidation
{
    public const int MaxLoginPasswordLength = 128;

    public static string Phone(string value, string field = "phone") =>
        PhonePattern().IsMatch(value) ? value : throw Problems.Invalid($"{field} must be an E.164 number such as +8613800138000");

    public static string LoginPassword(string value, int minLength, string field = "login_password")
    {
        if (value.Length < minLength || value.Length > MaxLoginPasswordLength)
            throw Problems.Invalid($"{field} must be {minLength} to {MaxLoginPasswordLength} characters");
        if (!value.Any(char.IsLetter) || !value.Any(char.IsDigit))
            throw Problems.Invalid($"{field} must contain letters and digits");
        return value;
    }

    /// <summary>A login password offered at login: only its size is checked, so the error reveals no policy.</summary>
    public static string OfferedPassword(string value, string field = "login_password") =>
        value.Length is > 0 and <= MaxLoginPasswordLength ? value : throw Problems.Invalid($"{field} is required (at most {MaxLoginPasswordLength} characters)");

    public static string PaymentPassword(string value, string field = "payment_password") =>
        value.Length == 6 && value.All(char.IsAsciiDigit) ? value : throw Problems.Invalid($"{field} must be exactly 6 digits");

    public static string DeviceId(string value, string field = "device_id") =>
        TokenPattern().IsMatch(value) ? value : throw Problems.Invalid($"{field} is required: 1 to 64 letters, digits or . _ : -");

    /// <summary>The calling client as the gateway names it (e.g. "client:app-7" or "ip:2001:db8::1").</summary>
    public static string ClientId(string value, string field = "client_id") =>
        ClientPattern().IsMatch(value) ? value : throw Problems.Invalid($"{field} is required: 1 to 128 letters, digits or . _ : -");

    public static string Id(string value, string field) =>
        TokenPattern().IsMatch(value) ? value : throw Problems.Invalid($"{field} is required: 1 to 64 letters, digits or . _ : -");

    public static string OptionalId(string value, string field) => value.Length == 0 ? value : Id(value, field);

    public static string Purpose(string value, string field = "purpose") =>
        PurposePattern().IsMatch(value) ? value : throw Problems.Invalid($"{field} is required: 1 to 32 lowercase letters or _");

    public static string Locale(string value, string field = "locale") => value switch
    {
        "" => Locales.Default,
        Locales.Chinese or Locales.English => value,
        _ => throw Problems.Invalid($"{field} must be {Locales.Chinese} or {Locales.English}"),
    };

    /// <summary>Free text a person reads (a device name, a card holder): bounded, no control characters.</summary>
    public static string Text(string value, string field, int maxLength, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value)) throw Problems.Invalid($"{field} is required");
        if (value.Length > maxLength) throw Problems.Invalid($"{field} must be at most {maxLength} characters");
        if (value.Any(char.IsControl)) throw Problems.Invalid($"{field} must not contain control characters");
        return value.Trim();
    }

    public static int PageSize(int value, int fallback, int max, string field = "page_size") => value switch
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
