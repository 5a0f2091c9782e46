using System.Text;
using Microsoft.Extensions.Options;
using Platform.Gateway.Idempotency;
using Platform.Gateway.Tests.Infrastructure;
using Platform.Redis;

namespace Platform.Gateway.Tests;

/// <summary>The store's own semantics against the real redis-server: claim, replay, mismatch, release, expiry.</summary>
[Collection(GatewayCollection.Name)]
public sealed class IdempotencyStoreTests(GatewayStack stack) : IAsyncLifetime
{
    private readonly IdempotencyOptions _options = new()
    {
        ClaimLifetime = TimeSpan.FromMilliseconds(300),
        ResponseLifetime = TimeSpan.FromMinutes(10),
    };
    private RedisClient _redis = null!;
    private IdempotencyStore _store = null!;

    public Task InitializeAsync()
    {
        _redis = RedisClient.Create(stack.Redis.ConnectionString);
        _store = new IdempotencyStore(_redis, Options.Create(_options));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task The_first_claim_wins_and_a_duplicate_sees_it_pending_then_its_response()
    {
        var (user, key) = Fresh();
        var first = await _store.ClaimAsync(user, key, "fp-1", CancellationToken.None);
        var duplicate = await _store.ClaimAsync(user, key, "fp-1", CancellationToken.None);

        Assert.Equal(ClaimOutcome.Claimed, first.Outcome);
        Assert.Equal(ClaimOutcome.Pending, duplicate.Outcome);

        var stored = new StoredResponse(202, "application/json", "/api/withdrawals/w1", Encoding.UTF8.GetBytes("{\"ok\":true}"));
        Assert.True(await _store.CompleteAsync(user, key, first.Token!, stored));
        var replay = await _store.ClaimAsync(user, key, "fp-1", CancellationToken.None);

        Assert.Equal(ClaimOutcome.Replay, replay.Outcome);
        Assert.Equal(202, replay.Response!.StatusCode);
        Assert.Equal("/api/withdrawals/w1", replay.Response.Location);
        Assert.Equal("{\"ok\":true}", Encoding.UTF8.GetString(replay.Response.Body));
        var ttl = (await _redis.ExecuteAsync("PTTL", [IdempotencyStore.RecordKey(user, key)])).AsInt64();
        Assert.InRange(ttl, 1, (long)_options.ResponseLifetime.TotalMilliseconds);
        Assert.True(ttl > _options.ClaimLifetime.TotalMilliseconds);
    }

    [Fact]
    public async Task A_different_request_with_the_key_is_a_mismatch_while_pending_and_after()
    {
        var (user, key) = Fresh();
        var claim = await _store.ClaimAsync(user, key, "fp-1", CancellationToken.None);

        Assert.Equal(ClaimOutcome.Mismatch, (await _store.ClaimAsync(user, key, "fp-2", CancellationToken.None)).Outcome);
        await _store.CompleteAsync(user, key, claim.Token!, new StoredResponse(200, "", "", []));
        Assert.Equal(ClaimOutcome.Mismatch, (await _store.ClaimAsync(user, key, "fp-2", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_released_key_can_be_claimed_again()
    {
        var (user, key) = Fresh();
        var claim = await _store.ClaimAsync(user, key, "fp-1", CancellationToken.None);

        await _store.ReleaseAsync(user, key, claim.Token!);

        Assert.Equal(ClaimOutcome.Claimed, (await _store.ClaimAsync(user, key, "fp-1", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_claim_abandoned_by_a_crash_expires_and_its_late_completion_is_refused()
    {
        var (user, key) = Fresh();
        var crashed = await _store.ClaimAsync(user, key, "fp-1", CancellationToken.None);

        await Platform.Testing.Poll.UntilAsync(
            async () => (await _store.ClaimAsync(user, key, "fp-1", CancellationToken.None)).Outcome == ClaimOutcome.Claimed,
            TimeSpan.FromSeconds(10), "the abandoned claim to expire");

        Assert.False(await _store.CompleteAsync(user, key, crashed.Token!, new StoredResponse(200, "", "", [])));
        Assert.Equal(ClaimOutcome.Pending, (await _store.ClaimAsync(user, key, "fp-1", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Every_record_lives_in_its_users_slot()
    {
        Assert.Equal("gateway:{u:42}:idem:abc", IdempotencyStore.RecordKey("42", "abc"));
        var (user, key) = Fresh();
        await _store.ClaimAsync(user, key, "fp", CancellationToken.None);

        Assert.Equal(1, (await _redis.ExecuteAsync("EXISTS", [$"gateway:{{u:{user}}}:idem:{key}"])).AsInt64());
    }

    private static (string User, string Key) Fresh() => ("store-" + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString());
}
