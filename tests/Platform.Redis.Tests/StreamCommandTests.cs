namespace Platform.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class StreamCommandTests(RedisServerFixture redis)
{
    private readonly RedisClient _client = redis.Client;

    [Fact]
    public async Task Add_range_len_delete()
    {
        var key = RedisServerFixture.Key("stream");
        var first = await _client.XAddAsync(key, [new("data", "one"), new("n", 1)]);
        var second = await _client.XAddAsync(key, [new("data", new byte[] { 0, 13, 10 })], maxLengthApprox: 1000);
        Assert.Matches(@"^\d+-\d+$", first);

        var entries = await _client.XRangeAsync(key);
        Assert.Equal([first, second], entries.Select(e => e.Id));
        Assert.Equal("one", entries[0].GetString("data"));
        Assert.Equal("1", entries[0].GetString("n"));
        Assert.Equal(["data", "n"], entries[0].Fields.Select(f => f.Key));
        Assert.Equal(new byte[] { 0, 13, 10 }, entries[1]["data"]);
        Assert.Single(await _client.XRangeAsync(key, count: 1));

        Assert.Equal(2, await _client.XLenAsync(key));
        Assert.Equal(1, await _client.XDelAsync(key, first));
        Assert.Equal(1, await _client.XLenAsync(key));

        var info = await _client.XInfoStreamAsync(key);
        Assert.Equal(1, info.Length);
        Assert.Equal(second, info.LastGeneratedId);
        Assert.Equal(second, info.FirstEntryId);
        Assert.Equal(0, info.Groups);
    }

    [Fact]
    public async Task Maxlen_approx_trims_whole_nodes()
    {
        var key = RedisServerFixture.Key("trim");
        for (var i = 0; i < 1000; i++)
        {
            await _client.XAddAsync(key, [new("i", i)], maxLengthApprox: 100);
        }
        Assert.InRange(await _client.XLenAsync(key), 100, 300);
    }

    [Fact]
    public async Task Consumer_group_read_ack_pending_and_autoclaim()
    {
        var key = RedisServerFixture.Key("group");
        Assert.True(await _client.XGroupCreateAsync(key, "app", "0"));
        Assert.False(await _client.XGroupCreateAsync(key, "app", "0"));
        Assert.True(await _client.XGroupCreateConsumerAsync(key, "app", "idle-one"));
        Assert.False(await _client.XGroupCreateConsumerAsync(key, "app", "idle-one"));

        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await _client.XAddAsync(key, [new("data", $"m{i}")]));
        }

        var read = await _client.XReadGroupAsync("app", "c1", key, count: 3);
        Assert.Equal(ids.Take(3), read.Select(e => e.Id));
        Assert.Equal("m0", read[0].GetString("data"));

        var summary = await _client.XPendingAsync(key, "app");
        Assert.Equal(3, summary.Count);
        Assert.Equal(ids[0], summary.SmallestId);
        Assert.Equal(ids[2], summary.LargestId);
        Assert.Equal(3, summary.PendingByConsumer["c1"]);

        Assert.Equal(1, await _client.XAckAsync(key, "app", [ids[0]]));
        var pending = await _client.XPendingRangeAsync(key, "app");
        Assert.Equal([ids[1], ids[2]], pending.Select(p => p.Id));
        Assert.All(pending, p => Assert.Equal("c1", p.Consumer));
        Assert.All(pending, p => Assert.Equal(1, p.DeliveryCount));
        Assert.Empty(await _client.XPendingRangeAsync(key, "app", consumer: "someone-else"));
        Assert.Empty(await _client.XPendingRangeAsync(key, "app", minIdle: TimeSpan.FromHours(1)));

        // A deleted pending entry is reported by XAUTOCLAIM and dropped from the pending list.
        await _client.XDelAsync(key, ids[2]);
        var claimed = await _client.XAutoClaimAsync(key, "app", "c2", TimeSpan.Zero);
        Assert.Equal("0-0", claimed.NextStartId);
        Assert.Equal([ids[1]], claimed.Entries.Select(e => e.Id));
        Assert.Equal([ids[2]], claimed.DeletedIds);
        var afterClaim = Assert.Single(await _client.XPendingRangeAsync(key, "app"));
        Assert.Equal("c2", afterClaim.Consumer);
        Assert.Equal(2, afterClaim.DeliveryCount);

        var groups = await _client.XInfoGroupsAsync(key);
        var group = Assert.Single(groups);
        Assert.Equal("app", group.Name);
        Assert.Equal(1, group.Pending);
        Assert.Equal(3, group.Consumers);
        Assert.Equal(ids[2], group.LastDeliveredId);

        Assert.True(await _client.XGroupDestroyAsync(key, "app"));
        Assert.False(await _client.XGroupDestroyAsync(key, "app"));
        var noGroup = await Assert.ThrowsAsync<RedisServerException>(async () => await _client.XReadGroupAsync("app", "c1", key));
        Assert.Equal("NOGROUP", noGroup.ErrorCode);
    }

    [Fact]
    public async Task Blocking_read_waits_on_its_own_connection()
    {
        var key = RedisServerFixture.Key("block");
        await _client.XGroupCreateAsync(key, "app", "$");

        var blocked = _client.XReadGroupAsync("app", "c1", key, block: TimeSpan.FromSeconds(30)).AsTask();
        // The shared connection keeps serving while the read blocks.
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal("PONG", await _client.PingAsync());
        }
        Assert.False(blocked.IsCompleted);

        var id = await _client.XAddAsync(key, [new("data", "wake")]);
        var entries = await blocked.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(id, Assert.Single(entries).Id);

        var timedOut = await _client.XReadGroupAsync("app", "c1", key, block: TimeSpan.FromMilliseconds(50));
        Assert.Empty(timedOut);
    }

    [Fact]
    public async Task Canceling_a_blocked_read_returns_promptly()
    {
        var key = RedisServerFixture.Key("cancel-block");
        await _client.XGroupCreateAsync(key, "app", "$");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await _client.XReadGroupAsync("app", "c1", key, block: TimeSpan.FromMinutes(5), cancellationToken: cancel.Token));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"took {started.Elapsed}");
        Assert.Equal("PONG", await _client.PingAsync());
    }

    [Fact]
    public async Task Blpop_runs_on_a_dedicated_connection()
    {
        var key = RedisServerFixture.Key("list");
        var blocked = _client.ExecuteAsync("BLPOP", key, 30).AsTask();
        Assert.Equal("PONG", await _client.PingAsync());
        await _client.ExecuteAsync("RPUSH", key, "item");
        var reply = await blocked.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("item", reply[1].AsString());
    }
}
