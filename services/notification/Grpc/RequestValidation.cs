using Platform.Grpc.Validation;
using Platform.Notification.Domain.Templates;

namespace Platform.Notification.Grpc;

/// <summary>Checks request fields; each failure is INVALID_ARGUMENT naming the field, before anything changes.</summary>
internal static class RequestValidation
{
    public static string Locale(string value, string field = "locale") => value switch
    {
        "" => Locales.Default,
        Locales.Chinese or Locales.English => value,
        _ => throw RpcProblems.Invalid($"{field} must be {Locales.Chinese} or {Locales.English}"),
    };

    /// <summary>Text a person reads: required, bounded, no control characters other than line breaks.</summary>
    public static string Text(string value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) throw RpcProblems.Invalid($"{field} is required");
        if (value.Length > maxLength) throw RpcProblems.Invalid($"{field} must be at most {maxLength} characters");
        if (value.Any(c => char.IsControl(c) && c != '\n')) throw RpcProblems.Invalid($"{field} must not contain control characters");
        return value.Trim();
    }
}
