namespace Platform.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class BinaryAndLargeValueTests(RedisServerFixture redis)
{
    private readonly RedisClient _client = redis.Client;

    [Fact]
    public async Task Every_byte_value_and_crlf_survive()
    {
        var key = RedisServerFixture.Key("binary");
        var value = Enumerable.Range(0, 256).Select(i => (byte)i).Concat("\r\n$-1\r\n*3\r\n"u8.ToArray()).ToArray();
        await _client.SetAsync(key, value);
        Assert.Equal(value, await _client.GetAsync(key));

        var memoryKey = RedisServerFixture.Key("memory");
        await _client.SetAsync(memoryKey, new ReadOnlyMemory<byte>(value, 10, 20));
        Assert.Equal(value.AsSpan(10, 20).ToArray(), await _client.GetAsync(memoryKey));
    }

    [Fact]
    public async Task Binary_keys_fields_and_empty_values()
    {
        var key = RedisServerFixture.Key("empty");
        await _client.SetAsync(key, Array.Empty<byte>());
        Assert.Equal(Array.Empty<byte>(), await _client.GetAsync(key));
        Assert.Equal("", await _client.GetStringAsync(key));
    }

    [Fact]
    public async Task One_megabyte_values_round_trip_while_small_commands_interleave()
    {
        var key = RedisServerFixture.Key("large");
        var value = new byte[1024 * 1024 + 17];
        new Random(42).NextBytes(value);

        var small = Enumerable.Range(0, 100).Select(_ => _client.PingAsync().AsTask()).ToList();
        await _client.SetAsync(key, value);
        var readBack = _client.GetAsync(key).AsTask();
        small.AddRange(Enumerable.Range(0, 100).Select(_ => _client.PingAsync().AsTask()));

        Assert.Equal(value, await readBack);
        Assert.All(await Task.WhenAll(small), pong => Assert.Equal("PONG", pong));

        var many = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.GetAsync(key).AsTask()));
        Assert.All(many, copy => Assert.Equal(value, copy));
    }

    [Fact]
    public async Task Large_aggregate_replies_parse()
    {
        var key = RedisServerFixture.Key("big-hash");
        var fields = Enumerable.Range(0, 20_000).ToDictionary(i => $"f{i}", i => (RedisArg)i);
        await _client.HSetAsync(key, fields);
        var all = await _client.HGetAllStringAsync(key);
        Assert.Equal(20_000, all.Count);
        Assert.Equal("19999", all["f19999"]);
    }
}
