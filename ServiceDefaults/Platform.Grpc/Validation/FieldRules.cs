using System.Text.RegularExpressions;

namespace Platform.Grpc.Validation;

/// <summary>
/// Request fields every service reads the same way. Each check returns the value or throws INVALID_ARGUMENT
/// naming the field (as the proto spells it), before anything changes.
/// </summary>
public static partial class FieldRules
{
    public static string Phone(string value, string field = "phone") =>
        PhonePattern().IsMatch(value) ? value : throw RpcProblems.Invalid($"{field} must be an E.164 number such as +8613800138000");

    /// <summary>The calling client as the gateway names it (e.g. "client:app-7" or "ip:2001:db8::1").</summary>
    public static string ClientId(string value, string field = "client_id") =>
        ClientPattern().IsMatch(value) ? value : throw RpcProblems.Invalid($"{field} is required: 1 to 128 letters, digits or . _ : -");

    public static string Id(string value, string field) =>
        TokenPattern().IsMatch(value) ? value : throw RpcProblems.Invalid($"{field} is required: 1 to 64 letters, digits or . _ : -");

    public static string OptionalId(string value, string field) => value.Length == 0 ? value : Id(value, field);

    public static string Purpose(string value, string field = "purpose") =>
        PurposePattern().IsMatch(value) ? value : throw RpcProblems.Invalid($"{field} is required: 1 to 32 lowercase letters or _");

    /// <summary>0 means "the default"; negative or above <paramref name="max"/> is refused.</summary>
    public static int PageSize(int value, int fallback = 20, int max = 100, string field = "page_size") => value switch
    {
        0 => fallback,
        < 0 => throw RpcProblems.Invalid($"{field} must not be negative"),
        _ when value > max => throw RpcProblems.Invalid($"{field} must be at most {max}"),
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
