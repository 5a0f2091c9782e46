using System.Security.Claims;

namespace Platform.Gateway.Authentication;

/// <summary>The outcome of validating a bearer token: the user's identity, or why the token was refused.</summary>
public sealed record AccessTokenResult(ClaimsIdentity? Identity, string? Failure)
{
    public bool Succeeded => Identity is not null;

    public static AccessTokenResult Valid(ClaimsIdentity identity) => new(identity, null);

    public static AccessTokenResult Refused(string why) => new(null, why);
}
