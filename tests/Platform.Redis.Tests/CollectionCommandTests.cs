namespace Platform.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class CollectionCommandTests(RedisServerFixture redis)
{
    private readonly RedisClient _client = redis.Client;

    [Fact]
    public async Task Hashes()
    {
        var key = RedisServerFixture.Key("hash");
        Assert.Equal(1, await _client.HSetAsync(key, "name", "Li Lei"));
        Assert.Equal(0, await _client.HSetAsync(key, "name", "Han Meimei"));
        Assert.Equal(2, await _client.HSetAsync(key, new Dictionary<string, RedisArg> { ["limit"] = 500_00, ["blob"] = new byte[] { 1, 2, 3 } }));

        Assert.Equal("Han Meimei", await _client.HGetStringAsync(key, "name"));
        Assert.Equal(new byte[] { 1, 2, 3 }, await _client.HGetAsync(key, "blob"));
        Assert.Null(await _client.HGetAsync(key, "nope"));
        Assert.Equal(new string?[] { "50000", null }, await _client.HMGetStringAsync(key, ["limit", "nope"]));
        Assert.Equal(new byte[] { 1, 2, 3 }, (await _client.HMGetAsync(key, ["blob"]))[0]);
        Assert.Equal(50_100, await _client.HIncrByAsync(key, "limit", 100));

        var all = await _client.HGetAllStringAsync(key);
        Assert.Equal(3, all.Count);
        Assert.Equal("50100", all["limit"]);
        Assert.Equal(new byte[] { 1, 2, 3 }, (await _client.HGetAllAsync(key))["blob"]);

        Assert.Equal(1, await _client.HDelAsync(key, ["blob", "nope"]));
        Assert.Empty(await _client.HGetAllAsync(RedisServerFixture.Key("empty")));
    }

    [Fact]
    public async Task Sets()
    {
        var key = RedisServerFixture.Key("set");
        Assert.Equal(3, await _client.SAddAsync(key, "a", "b", "c"));
        Assert.Equal(0, await _client.SAddAsync(key, "a"));
        Assert.True(await _client.SIsMemberAsync(key, "b"));
        Assert.False(await _client.SIsMemberAsync(key, "z"));
        Assert.Equal(3, await _client.SCardAsync(key));
        Assert.Equal(1, await _client.SRemAsync(key, "b", "z"));
        Assert.Equal(["a", "c"], (await _client.SMembersAsync(key)).Order());
    }

    [Fact]
    public async Task Sorted_sets()
    {
        var key = RedisServerFixture.Key("zset");
        Assert.Equal(1, await _client.ZAddAsync(key, "late", 300));
        Assert.Equal(2, await _client.ZAddAsync(key, [new("early", 100), new("middle", 200.5)]));
        Assert.Equal(0, await _client.ZAddAsync(key, "late", 350));

        Assert.Equal(["early", "middle", "late"], await _client.ZRangeAsync(key, 0, -1));
        Assert.Equal([new("early", 100), new("middle", 200.5), new("late", 350)], await _client.ZRangeWithScoresAsync(key, 0, -1));
        Assert.Equal(["middle", "late"], await _client.ZRangeByScoreAsync(key, 150, double.PositiveInfinity));
        Assert.Equal(["late"], await _client.ZRangeByScoreAsync(key, double.NegativeInfinity, double.PositiveInfinity, offset: 2, count: 5));
        Assert.Equal([new("early", 100)], await _client.ZRangeByScoreWithScoresAsync(key, 0, 100));
        Assert.Equal(3, await _client.ZCardAsync(key));
        Assert.Equal(110, await _client.ZIncrByAsync(key, "early", 10));
        Assert.Equal(110, await _client.ZScoreAsync(key, "early"));
        Assert.Null(await _client.ZScoreAsync(key, "absent"));
        Assert.Equal(1, await _client.ZRemAsync(key, "middle", "absent"));
        Assert.Equal(2, await _client.ZCardAsync(key));
    }
}
