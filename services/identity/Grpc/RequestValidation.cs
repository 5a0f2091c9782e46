using Platform.Identity.Domain.Accounts;
using Platform.Grpc.Validation;

namespace Platform.Identity.Grpc;

/// <summary>Checks request fields; each failure is INVALID_ARGUMENT naming the field, before anything changes.</summary>
internal static class RequestValidation
{
    public const int MaxLoginPasswordLength = 128;

    public static string LoginPassword(string value, int minLength, string field = "login_password")
    {
        if (value.Length < minLength || value.Length > MaxLoginPasswordLength)
            throw RpcProblems.Invalid($"{field} must be {minLength} to {MaxLoginPasswordLength} characters");
        if (!value.Any(char.IsLetter) || !value.Any(char.IsDigit))
            throw RpcProblems.Invalid($"{field} must contain letters and digits");
        return value;
    }

    /// <summary>A login password offered at login: only its size is checked, so the error reveals no policy.</summary>
    public static string OfferedPassword(string value, string field = "login_password") =>
        value.Length is > 0 and <= MaxLoginPasswordLength ? value : throw RpcProblems.Invalid($"{field} is required (at most {MaxLoginPasswordLength} characters)");

    public static string PaymentPassword(string value, string field = "payment_password") =>
        value.Length == 6 && value.All(char.IsAsciiDigit) ? value : throw RpcProblems.Invalid($"{field} must be exactly 6 digits");

    public static string DeviceId(string value, string field = "device_id") =>
        FieldRules.Id(value, field);

    public static string Locale(string value, string field = "locale") => value switch
    {
        "" => Locales.Default,
        Locales.Chinese or Locales.English => value,
        _ => throw RpcProblems.Invalid($"{field} must be {Locales.Chinese} or {Locales.English}"),
    };

    /// <summary>Free text a person reads (a device name, a card holder): bounded, no control characters.</summary>
    public static string Text(string value, string field, int maxLength, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value)) throw RpcProblems.Invalid($"{field} is required");
        if (value.Length > maxLength) throw RpcProblems.Invalid($"{field} must be at most {maxLength} characters");
        if (value.Any(char.IsControl)) throw RpcProblems.Invalid($"{field} must not contain control characters");
        return value.Trim();
    }
}
