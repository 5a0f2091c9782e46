namespace Platform.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class Resp3Tests(RedisServerFixture redis)
{
    [Fact]
    public async Task Negotiates_resp3_and_reads_every_type_the_server_sends()
    {
        await using var client = redis.CreateClient(",protocol=resp3");
        await client.WaitForConnectionAsync();

        Assert.Contains("resp=3", (await client.ExecuteAsync("CLIENT", "INFO")).AsString(), StringComparison.Ordinal);

        async Task<RedisReply> Debug(string type) => await client.ExecuteAsync("DEBUG", "PROTOCOL", type);
        Assert.Equal(RedisReplyKind.BulkString, (await Debug("string")).Kind);
        Assert.Equal(12345, (await Debug("integer")).AsInt64());
        Assert.Equal(RedisReplyKind.Double, (await Debug("double")).Kind);
        Assert.Equal(3.141, (await Debug("double")).AsDouble(), 3);
        Assert.Equal(RedisReplyKind.BigNumber, (await Debug("bignum")).Kind);
        Assert.True((await Debug("bignum")).AsBigInteger() > long.MaxValue);
        Assert.True((await Debug("null")).IsNull);
        Assert.Equal(RedisReplyKind.Array, (await Debug("array")).Kind);
        Assert.Equal(RedisReplyKind.Set, (await Debug("set")).Kind);
        Assert.Equal(RedisReplyKind.Map, (await Debug("map")).Kind);
        Assert.True((await Debug("true")).AsBoolean());
        Assert.False((await Debug("false")).AsBoolean());
        var verbatim = await Debug("verbatim");
        Assert.Equal(RedisReplyKind.VerbatimString, verbatim.Kind);
        Assert.Equal("txt", verbatim.VerbatimFormat);
        Assert.Equal("This is a verbatim\nstring", verbatim.AsString());
        Assert.Equal("Some real reply following the attribute", (await Debug("attrib")).AsString());

        var pushes = new List<RedisReply>();
        client.PushReceived += pushes.Add;
        // The push arrives out of band, before the command's own reply, which still lines up.
        Assert.Equal("Some real reply following the push reply", (await Debug("push")).AsString());
        var push = Assert.Single(pushes);
        Assert.Equal("server-cpu-usage", push[0].AsString());
        Assert.Equal(42, push[1].AsInt64());
        Assert.Equal("PONG", await client.PingAsync());
    }

    [Fact]
    public async Task Typed_commands_read_resp3_shapes()
    {
        await using var client = redis.CreateClient(",protocol=resp3");
        var key = RedisServerFixture.Key("resp3");
        await client.HSetAsync(key, "a", "1");
        Assert.Equal(RedisReplyKind.Map, (await client.ExecuteAsync("HGETALL", key)).Kind);
        Assert.Equal("1", (await client.HGetAllStringAsync(key))["a"]);

        var zset = RedisServerFixture.Key("resp3-z");
        await client.ZAddAsync(zset, "m", 1.5);
        Assert.Equal([new SortedSetEntry("m", 1.5)], await client.ZRangeWithScoresAsync(zset, 0, -1));
        Assert.Equal(1.5, await client.ZScoreAsync(zset, "m"));

        var stream = RedisServerFixture.Key("resp3-s");
        await client.XGroupCreateAsync(stream, "g", "0");
        var id = await client.XAddAsync(stream, [new("data", "x")]);
        Assert.Equal(id, Assert.Single(await client.XReadGroupAsync("g", "c", stream, count: 10)).Id);
        Assert.Equal(1, Assert.Single(await client.XInfoGroupsAsync(stream)).Pending);
    }

    [Fact]
    public async Task Push_messages_are_raised_and_do_not_disturb_replies()
    {
        await using var client = redis.CreateClient(",protocol=resp3");
        var key = RedisServerFixture.Key("tracked");
        var invalidated = new TaskCompletionSource<RedisReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.PushReceived += push =>
        {
            if (push[0].AsString() == "invalidate")
            {
                invalidated.TrySetResult(push);
            }
        };

        await client.SetAsync(key, "v1");
        await client.ExecuteAsync("CLIENT", "TRACKING", "ON");
        Assert.Equal("v1", await client.GetStringAsync(key));
        await redis.Client.SetAsync(key, "v2");

        var push = await invalidated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(key, push[1][0].AsString());
        Assert.Equal("v2", await client.GetStringAsync(key));
    }
}
