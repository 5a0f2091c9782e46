using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Accounts;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Tokens;

/// <summary>Issues sessions (an access token and a refresh token) and renews them by rotating the refresh token.</summary>
public sealed class SessionIssuer(
    AccessTokenIssuer accessTokens,
    RefreshTokenStore refreshTokens,
    SecretDigests digests,
    IOptions<IdentityOptions> options,
    TimeProvider time)
{
    public async Task<Session> IssueAsync(Account account, string deviceId)
    {
        var refreshToken = RefreshToken.Create(account.UserId);
        var expires = time.GetUtcNow() + Settings.RefreshTokenLifetime;
        await refreshTokens.StoreAsync(account.UserId, digests.OfToken(refreshToken), deviceId, account.SessionGeneration, expires, KeyLifetime);
        return await CreateSessionAsync(account.UserId, deviceId, refreshToken);
    }

    public async Task<Session> RefreshAsync(string presented)
    {
        if (!RefreshToken.TryReadUserId(presented, out var userId))
            throw RpcProblems.Unauthenticated("the refresh token is not valid");
        var successor = RefreshToken.Create(userId);
        var now = time.GetUtcNow();
        var (status, deviceId) = await refreshTokens.RotateAsync(
            userId, digests.OfToken(presented), digests.OfToken(successor), now, now + Settings.RefreshTokenLifetime, KeyLifetime);
        return status switch
        {
            "ok" => await CreateSessionAsync(userId, deviceId, successor),
            "frozen" => throw RpcProblems.FailedPrecondition("the account is frozen"),
            "reused" => throw RpcProblems.Unauthenticated("the refresh token was already used; every session of this account has been signed out"),
            "expired" => throw RpcProblems.Unauthenticated("the refresh token has expired"),
            "revoked" => throw RpcProblems.Unauthenticated("the refresh token was revoked"),
            _ => throw RpcProblems.Unauthenticated("the refresh token is not valid"),
        };
    }

    private TokenOptions Settings => options.Value.Tokens;

    /// <summary>Used tokens are remembered a little longer than they live, so reuse is recognised.</summary>
    private TimeSpan KeyLifetime => Settings.RefreshTokenLifetime + options.Value.Verification.ReplayMemory;

    private async Task<Session> CreateSessionAsync(string userId, string deviceId, string refreshToken)
    {
        var (accessToken, expiresAt) = await accessTokens.IssueAsync(userId, deviceId);
        return new Session
        {
            UserId = userId,
            AccessToken = accessToken,
            RefreshToken = refreshToken,
            AccessExpiresAt = Timestamp.FromDateTimeOffset(expiresAt),
        };
    }
}
