using Grpc.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts.Identity.V1;
using Platform.Gateway.Downstream;

namespace Platform.Gateway.Authentication;

/// <summary>
/// Identity's JSON Web Key Set, fetched with <c>GetSigningKeys</c>, kept for a while, and fetched again when a
/// token names a key id that is not in it (identity rotated its key) — at most once per refresh interval.
/// </summary>
public sealed class SigningKeyCache(
    Identity.IdentityClient identity,
    ServiceCalls calls,
    IOptions<AccessTokenOptions> options,
    TimeProvider time,
    ILogger<SigningKeyCache> logger)
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile SigningKeySnapshot _snapshot = SigningKeySnapshot.Empty;

    /// <summary>
    /// The key with id <paramref name="keyId"/>, or null if identity does not publish it. Throws
    /// <see cref="RpcException"/> when identity cannot be reached and no keys are cached.
    /// </summary>
    public async ValueTask<SecurityKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var seen = _snapshot;
        if (seen.Keys.TryGetValue(keyId, out var key) && !IsStale(seen)) return key;
        var current = await RefreshAsync(seen, cancellationToken);
        return current.Keys.GetValueOrDefault(keyId);
    }

    private bool IsStale(SigningKeySnapshot snapshot) =>
        time.GetUtcNow() - snapshot.FetchedAt > options.Value.KeyCacheLifetime;

    private async Task<SigningKeySnapshot> RefreshAsync(SigningKeySnapshot seen, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var current = _snapshot;
            if (!ReferenceEquals(current, seen)) return current;
            if (time.GetUtcNow() - current.FetchedAt < options.Value.MinKeyRefreshInterval) return current;
            try
            {
                var reply = await identity.GetSigningKeysAsync(new GetSigningKeysRequest(), calls.Anonymous(cancellationToken));
                _snapshot = new SigningKeySnapshot(Parse(reply.JwksJson), time.GetUtcNow());
                return _snapshot;
            }
            catch (RpcException ex) when (current.Keys.Count > 0)
            {
                logger.LogWarning("Could not refresh identity's signing keys ({Status}); keeping the cached ones", ex.StatusCode);
                return current;
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private static Dictionary<string, SecurityKey> Parse(string jwksJson)
    {
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in new JsonWebKeySet(jwksJson).Keys)
        {
            if (!string.IsNullOrEmpty(key.Kid) && key.Kty == JsonWebAlgorithmsKeyTypes.EllipticCurve) keys[key.Kid] = key;
        }
        return keys;
    }
}
