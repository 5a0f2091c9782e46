using Microsoft.Extensions.Options;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Redis;

namespace Platform.Identity.Domain.Tokens;

/// <summary>
/// The token-signing key: from configuration (<c>Identity:SigningKey</c>) when set, otherwise generated once and kept
/// in Redis, so every replica signs with, and publishes, the same key. The first replica to store one wins.
/// </summary>
public sealed class SigningKeyProvider(IOptions<IdentityOptions> options, IRedisClient redis)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKey? _key;

    public async Task<SigningKey> GetAsync()
    {
        if (_key is { } known) return known;
        await _gate.WaitAsync();
        try
        {
            return _key ??= await LoadAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKey> LoadAsync()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.SigningKey))
            return SigningKey.FromPkcs8(Convert.FromBase64String(options.Value.SigningKey));

        var candidate = SigningKey.Generate();
        await redis.SetAsync(IdentityKeys.SigningKey, Convert.ToBase64String(candidate.ExportPkcs8()), condition: SetCondition.NotExists);
        var stored = await redis.GetStringAsync(IdentityKeys.SigningKey)
            ?? throw new InvalidOperationException("The token-signing key vanished from Redis right after it was stored.");
        return SigningKey.FromPkcs8(Convert.FromBase64String(stored));
    }
}
