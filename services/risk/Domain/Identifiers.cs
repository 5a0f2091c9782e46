using System.Text.RegularExpressions;

namespace Platform.Risk.Domain;

/// <summary>
/// User and operation ids become parts of Redis keys (inside the <c>{u:…}</c> hash tag), so they are restricted to
/// characters that cannot end the tag or run into the next key segment.
/// </summary>
public static partial class Identifiers
{
    public const string Rule = "1-128 characters of letters, digits and . _ : @ -";

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9._:@-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
