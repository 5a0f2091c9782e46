using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Authentication;

/// <summary>
/// Access tokens that already passed full validation, so a client's next requests with the same token skip the
/// ES256 signature check (the costliest part of a request here). An entry is used only within the token's own
/// lifetime and while identity still publishes the key that signed it; its identity is handed out as a copy. Only
/// valid tokens are kept (only identity can make one, so their size is identity's), at most
/// <see cref="AccessTokenOptions.ValidatedCacheSize"/> of them.
/// </summary>
public sealed class ValidatedTokenCache(IOptions<AccessTokenOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>The identity of <paramref name="token"/> if it was validated before and is still within its lifetime.</summary>
    public bool TryGet(string token, out ClaimsIdentity identity, out string keyId)
    {
        identity = default!;
        keyId = "";
        if (!_entries.TryGetValue(token, out var entry)) return false;
        if (!IsWithinLifetime(entry, time.GetUtcNow()))
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(token, entry));
            return false;
        }
        identity = entry.Identity.Clone();
        keyId = entry.KeyId;
        return true;
    }

    public void Add(string token, ClaimsIdentity identity, string keyId, DateTime notBefore, DateTime expires)
    {
        var capacity = options.Value.ValidatedCacheSize;
        if (capacity <= 0) return;
        if (_entries.Count >= capacity) MakeRoom(capacity);
        _entries[token] = new Entry(identity.Clone(), keyId, notBefore, expires);
    }

    /// <summary>Drops the tokens that have expired; when none had, drops everything (the next requests validate again).</summary>
    private void MakeRoom(int capacity)
    {
        var now = time.GetUtcNow();
        foreach (var (token, entry) in _entries)
        {
            if (!IsWithinLifetime(entry, now)) _entries.TryRemove(token, out _);
        }
        if (_entries.Count >= capacity) _entries.Clear();
    }

    private bool IsWithinLifetime(Entry entry, DateTimeOffset now)
    {
        var skew = options.Value.ClockSkew;
        var utc = now.UtcDateTime;
        return utc - skew < entry.Expires && utc + skew >= entry.NotBefore;
    }

    private sealed record Entry(ClaimsIdentity Identity, string KeyId, DateTime NotBefore, DateTime Expires);
}
