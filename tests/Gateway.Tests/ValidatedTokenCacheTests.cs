using System.Security.Claims;
using Microsoft.Extensions.Options;
using Platform.Gateway.Authentication;
using Platform.Gateway.Tests.Infrastructure;

namespace Platform.Gateway.Tests;

/// <summary>The remembered-token cache on its own: lifetime, copies, bounded size.</summary>
public sealed class ValidatedTokenCacheTests
{
    private static readonly DateTime Issued = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
    private readonly ShiftableClock _clock = new();

    [Fact]
    public void A_remembered_token_is_used_only_within_its_lifetime()
    {
        var cache = Cache(new AccessTokenOptions { ClockSkew = TimeSpan.FromSeconds(30) });
        SetNow(Issued.AddMinutes(1));
        cache.Add("token", User("u1"), "key-1", Issued, Issued.AddMinutes(10));

        Assert.True(cache.TryGet("token", out var identity, out var keyId));
        Assert.Equal("u1", identity.FindFirst("sub")!.Value);
        Assert.Equal("key-1", keyId);

        SetNow(Issued.AddMinutes(10).AddSeconds(31));
        Assert.False(cache.TryGet("token", out _, out _));
        Assert.Equal(0, cache.Count);

        cache.Add("early", User("u2"), "key-1", Issued.AddMinutes(20), Issued.AddMinutes(30));
        Assert.False(cache.TryGet("early", out _, out _));
    }

    [Fact]
    public void Each_caller_gets_its_own_copy_of_the_identity()
    {
        var cache = Cache(new AccessTokenOptions());
        SetNow(Issued);
        cache.Add("token", User("u1"), "key-1", Issued, Issued.AddMinutes(10));

        Assert.True(cache.TryGet("token", out var first, out _));
        first.AddClaim(new Claim("role", "admin"));

        Assert.True(cache.TryGet("token", out var second, out _));
        Assert.Null(second.FindFirst("role"));
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_size_and_zero_turns_it_off()
    {
        var cache = Cache(new AccessTokenOptions { ValidatedCacheSize = 3 });
        SetNow(Issued);
        for (var i = 0; i < 10; i++)
        {
            cache.Add($"token-{i}", User($"u{i}"), "key-1", Issued, Issued.AddMinutes(10));
            Assert.InRange(cache.Count, 1, 3);
        }
        Assert.True(cache.TryGet("token-9", out _, out _));

        var off = Cache(new AccessTokenOptions { ValidatedCacheSize = 0 });
        off.Add("token", User("u1"), "key-1", Issued, Issued.AddMinutes(10));
        Assert.False(off.TryGet("token", out _, out _));
    }

    private ValidatedTokenCache Cache(AccessTokenOptions options) => new(Options.Create(options), _clock);

    private void SetNow(DateTime utc) => _clock.Offset = new DateTimeOffset(utc) - TimeProvider.System.GetUtcNow();

    private static ClaimsIdentity User(string id) => new([new Claim("sub", id)], "Bearer");
}
