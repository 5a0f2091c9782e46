using System.Text.RegularExpressions;
using Platform.Identity.Domain.Credentials;

namespace Platform.Identity.Domain.Tokens;

/// <summary>
/// An opaque refresh token <c>rt.&lt;user id&gt;.&lt;256 random bits&gt;</c>. The user id only routes the lookup to the
/// user's keys; the random part is what proves possession.
/// </summary>
public static partial class RefreshToken
{
    public static string Create(string userId) => "rt." + userId + "." + RandomSecrets.Token("r");

    public static bool TryReadUserId(string token, out string userId)
    {
        var match = Shape().Match(token);
        userId = match.Success ? match.Groups[1].Value : "";
        return match.Success;
    }

    [GeneratedRegex(@"^rt\.([0-9]{1,19})\.r_[A-Za-z0-9_\-]{43}$")]
    private static partial Regex Shape();
}
