using System.Buffers;

namespace Platform.Withdrawal.Domain;

/// <summary>
/// Withdrawal ids: "wd_" and a UUIDv7 in lowercase hex. They sort by creation time as plain strings, which is what
/// the per-user record list pages on.
/// </summary>
public static class WithdrawalId
{
    private const string Prefix = "wd_";
    private const int HexLength = 32;
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    public static string New(DateTimeOffset now) => Prefix + Guid.CreateVersion7(now).ToString("N");

    public static bool IsValid(string? value) =>
        value is not null &&
        value.Length == Prefix.Length + HexLength &&
        value.StartsWith(Prefix, StringComparison.Ordinal) &&
        !value.AsSpan(Prefix.Length).ContainsAnyExcept(HexDigits);
}
