namespace Platform.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class StringAndKeyCommandTests(RedisServerFixture redis)
{
    private readonly RedisClient _client = redis.Client;

    [Fact]
    public async Task Set_and_get_round_trip()
    {
        var key = RedisServerFixture.Key("str");
        Assert.Null(await _client.GetAsync(key));
        Assert.True(await _client.SetAsync(key, "héllo"));
        Assert.Equal("héllo", await _client.GetStringAsync(key));
        Assert.Equal("héllo"u8.ToArray(), await _client.GetAsync(key));
    }

    [Fact]
    public async Task Set_honours_nx_xx_and_expiry()
    {
        var key = RedisServerFixture.Key("cond");
        Assert.False(await _client.SetAsync(key, "v", condition: SetCondition.Exists));
        Assert.True(await _client.SetAsync(key, "first", condition: SetCondition.NotExists));
        Assert.False(await _client.SetAsync(key, "second", condition: SetCondition.NotExists));
        Assert.Equal("first", await _client.GetStringAsync(key));
        Assert.True(await _client.SetAsync(key, "third", TimeSpan.FromSeconds(100), SetCondition.Exists));
        Assert.Equal("third", await _client.GetStringAsync(key));
        var pttl = await _client.PTtlAsync(key);
        Assert.InRange(pttl, 1, 100_000);

        var secondsKey = RedisServerFixture.Key("ex");
        Assert.True(await _client.SetWithSecondsAsync(secondsKey, "v", 50));
        Assert.InRange(await _client.TtlAsync(secondsKey), 1, 50);
    }

    [Fact]
    public async Task Mget_del_exists()
    {
        var a = RedisServerFixture.Key("a");
        var b = RedisServerFixture.Key("b");
        var missing = RedisServerFixture.Key("missing");
        await _client.SetAsync(a, "1");
        await _client.SetAsync(b, new byte[] { 0, 255 });

        var values = await _client.MGetAsync([a, missing, b]);
        Assert.Equal("1"u8.ToArray(), values[0]);
        Assert.Null(values[1]);
        Assert.Equal(new byte[] { 0, 255 }, values[2]);
        Assert.Equal(new string?[] { "1", null }, await _client.MGetStringAsync([a, missing]));

        Assert.Equal(2, await _client.ExistsAsync(a, b, missing));
        Assert.Equal(2, await _client.DeleteAsync(a, b, missing));
        Assert.Equal(0, await _client.ExistsAsync(a));
    }

    [Fact]
    public async Task Counters()
    {
        var key = RedisServerFixture.Key("counter");
        Assert.Equal(1, await _client.IncrementAsync(key));
        Assert.Equal(11, await _client.IncrementAsync(key, 10));
        Assert.Equal(8, await _client.DecrementAsync(key, 3));
        Assert.Equal(7, await _client.DecrementAsync(key));
    }

    [Fact]
    public async Task Expiry_commands()
    {
        var key = RedisServerFixture.Key("ttl");
        Assert.Equal(-2, await _client.TtlAsync(key));
        Assert.False(await _client.ExpireAsync(key, 10));
        await _client.SetAsync(key, "v");
        Assert.Equal(-1, await _client.TtlAsync(key));
        Assert.Equal(-1, await _client.PTtlAsync(key));
        Assert.True(await _client.ExpireAsync(key, 100));
        Assert.InRange(await _client.TtlAsync(key), 90, 100);
        Assert.True(await _client.PExpireAsync(key, 50_000));
        Assert.InRange(await _client.PTtlAsync(key), 1, 50_000);
        Assert.True(await _client.ExpireAsync(key, TimeSpan.FromMilliseconds(30)));
        await Platform.Testing.Poll.UntilAsync(async () => await _client.ExistsAsync(key) == 0, TimeSpan.FromSeconds(30), "the key to expire");
    }

    [Fact]
    public async Task Server_errors_carry_the_server_message_and_the_connection_keeps_working()
    {
        var key = RedisServerFixture.Key("wrongtype");
        await _client.SAddAsync(key, "member");

        var error = await Assert.ThrowsAsync<RedisServerException>(async () => await _client.GetAsync(key));
        Assert.Equal("WRONGTYPE", error.ErrorCode);
        Assert.StartsWith("WRONGTYPE Operation against a key holding the wrong kind of value", error.Message, StringComparison.Ordinal);

        var unknown = await Assert.ThrowsAsync<RedisServerException>(async () => await _client.ExecuteAsync("NOSUCHCOMMAND", "x"));
        Assert.Equal("ERR", unknown.ErrorCode);
        Assert.Contains("unknown command", unknown.Message, StringComparison.OrdinalIgnoreCase);

        Assert.Equal("PONG", await _client.PingAsync());
    }

    [Theory]
    [InlineData("SUBSCRIBE")]
    [InlineData("select")]
    [InlineData("MULTI")]
    [InlineData("WATCH")]
    public async Task Commands_that_would_break_the_shared_connection_are_refused(string command)
    {
        var error = await Assert.ThrowsAsync<NotSupportedException>(async () => await _client.ExecuteAsync(command, "x"));
        Assert.Contains(command.ToUpperInvariant(), error.Message, StringComparison.Ordinal);
        Assert.Equal("PONG", await _client.PingAsync());
    }

    [Fact]
    public async Task Bad_command_names_fail_clearly()
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await _client.ExecuteAsync("GET key"));
        await Assert.ThrowsAsync<ArgumentException>(async () => await _client.ExecuteAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(async () => await _client.DeleteAsync());
    }

    [Fact]
    public async Task Canceled_before_sending_does_not_send()
    {
        var key = RedisServerFixture.Key("cancel");
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _client.ExecuteAsync("SET", [key, "v"], canceled.Token));
        Assert.Equal(0, await _client.ExistsAsync(key));
    }
}
