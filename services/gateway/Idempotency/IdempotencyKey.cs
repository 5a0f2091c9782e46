namespace Platform.Gateway.Idempotency;

/// <summary>The <c>Idempotency-Key</c> header: its name, its rules and the header marking a replayed response.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxLength = 64;

    /// <summary>Null when <paramref name="value"/> is a usable key, otherwise what is wrong with it.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "is required on requests that move money";
        if (value.Length > MaxLength) return $"must be at most {MaxLength} characters";
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
                return "may only contain letters, digits and - _ . :";
        }
        return null;
    }
}
