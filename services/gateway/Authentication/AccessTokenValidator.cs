using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Gateway.Authentication;

/// <summary>
/// Validates identity's ES256 access tokens: structure, algorithm, signature against identity's published keys,
/// issuer and audience when configured, and lifetime against the injected clock.
/// </summary>
public sealed class AccessTokenValidator(
    SigningKeyCache keys, ValidatedTokenCache validated, IOptions<AccessTokenOptions> options, TimeProvider time)
{
    private const string Algorithm = SecurityAlgorithms.EcdsaSha256;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AccessTokenResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (token.Length > settings.MaxTokenLength) return AccessTokenResult.Refused("the access token is too long");
        if (validated.TryGet(token, out var known, out var knownKeyId) && await keys.FindAsync(knownKeyId, cancellationToken) is not null)
            return AccessTokenResult.Valid(known);
        if (!_handler.CanReadToken(token)) return AccessTokenResult.Refused("the access token is malformed");

        JsonWebToken parsed;
        try
        {
            parsed = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AccessTokenResult.Refused("the access token is malformed");
        }
        if (parsed.Alg != Algorithm) return AccessTokenResult.Refused("the access token must be signed with ES256");
        if (string.IsNullOrEmpty(parsed.Kid)) return AccessTokenResult.Refused("the access token names no signing key");

        var key = await keys.FindAsync(parsed.Kid, cancellationToken);
        if (key is null) return AccessTokenResult.Refused("the access token's signing key is unknown");

        var result = await _handler.ValidateTokenAsync(token, Parameters(key, settings));
        if (!result.IsValid) return AccessTokenResult.Refused(Describe(result.Exception));
        if (string.IsNullOrEmpty(result.ClaimsIdentity.FindFirst(UserClaims.Subject)?.Value))
            return AccessTokenResult.Refused("the access token names no user");
        validated.Add(token, result.ClaimsIdentity, parsed.Kid, parsed.ValidFrom, parsed.ValidTo);
        return AccessTokenResult.Valid(result.ClaimsIdentity);
    }

    private TokenValidationParameters Parameters(SecurityKey key, AccessTokenOptions settings) => new()
    {
        IssuerSigningKey = key,
        ValidAlgorithms = [Algorithm],
        ValidateIssuerSigningKey = true,
        ValidateIssuer = settings.Issuer is not null,
        ValidIssuer = settings.Issuer,
        ValidateAudience = settings.Audience is not null,
        ValidAudience = settings.Audience,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        LifetimeValidator = IsWithinLifetime,
        NameClaimType = UserClaims.Subject,
        AuthenticationType = "Bearer",
    };

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var skew = options.Value.ClockSkew;
        if (expires is null || now - skew >= expires.Value) return false;
        return notBefore is null || now + skew >= notBefore.Value;
    }

    private static string Describe(Exception? failure) => failure switch
    {
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException =>
            "the access token has expired or is not yet valid",
        SecurityTokenInvalidIssuerException => "the access token was not issued by this platform",
        SecurityTokenInvalidAudienceException => "the access token is not meant for this API",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException =>
            "the access token's signature is not valid",
        _ => "the access token is not valid",
    };
}
