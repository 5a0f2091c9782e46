namespace Platform.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class ScriptAndTransactionTests(RedisServerFixture redis)
{
    private static readonly LuaScript AddAndRead = new("""
        redis.call('INCRBY', KEYS[1], ARGV[1])
        return {redis.call('GET', KEYS[1]), ARGV[2]}
        """);

    private readonly RedisClient _client = redis.Client;

    [Fact]
    public async Task Script_runs_and_reloads_after_script_flush()
    {
        var key = RedisServerFixture.Key("lua");
        var first = await AddAndRead.EvaluateAsync(_client, [key], [5, "tag"]);
        Assert.Equal("5", first[0].AsString());
        Assert.Equal("tag", first[1].AsString());

        var cached = await _client.ExecuteAsync("SCRIPT", "EXISTS", AddAndRead.Sha1);
        Assert.Equal(1, cached[0].AsInt64());

        await _client.ExecuteAsync("SCRIPT", "FLUSH");
        Assert.Equal(0, (await _client.ExecuteAsync("SCRIPT", "EXISTS", AddAndRead.Sha1))[0].AsInt64());

        var afterFlush = await AddAndRead.EvaluateAsync(_client, [key], [2, "again"]);
        Assert.Equal("7", afterFlush[0].AsString());
        Assert.Equal(1, (await _client.ExecuteAsync("SCRIPT", "EXISTS", AddAndRead.Sha1))[0].AsInt64());
    }

    [Fact]
    public async Task Script_load_matches_the_local_sha()
    {
        var script = new LuaScript("return 'loaded-" + Guid.NewGuid().ToString("N") + "'");
        await script.LoadAsync(_client);
        var reply = await _client.ExecuteAsync("EVALSHA", script.Sha1, 0);
        Assert.StartsWith("loaded-", reply.AsString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_errors_surface_the_server_message()
    {
        var failing = new LuaScript("return redis.error_reply('LIMIT exceeded the daily cap')");
        var error = await Assert.ThrowsAsync<RedisServerException>(async () => await failing.EvaluateAsync(_client, [], []));
        Assert.Equal("LIMIT", error.ErrorCode);
        Assert.Equal("LIMIT exceeded the daily cap", error.Message);
    }

    [Fact]
    public async Task Multi_exec_runs_commands_together()
    {
        var counter = RedisServerFixture.Key("tx-counter");
        var hash = RedisServerFixture.Key("tx-hash");
        var tx = _client.CreateTransaction();
        tx.Add("INCRBY", counter, 10);
        tx.Add("HSET", hash, "state", "done");
        tx.Add("GET", counter);
        var results = await tx.ExecuteAsync();

        Assert.Equal(3, results.Length);
        Assert.Equal(10, results[0].AsInt64());
        Assert.Equal(1, results[1].AsInt64());
        Assert.Equal("10", results[2].AsString());
        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.ExecuteAsync());
    }

    [Fact]
    public async Task Multi_exec_keeps_runtime_errors_per_command()
    {
        var key = RedisServerFixture.Key("tx-wrongtype");
        await _client.SAddAsync(key, "m");
        var tx = _client.CreateTransaction();
        tx.Add("GET", key);
        tx.Add("SCARD", key);
        var results = await tx.ExecuteAsync();
        Assert.True(results[0].IsError);
        Assert.Throws<RedisServerException>(() => results[0].ThrowIfError());
        Assert.Equal(1, results[1].AsInt64());
    }

    [Fact]
    public async Task Multi_exec_aborts_entirely_when_a_command_is_refused_while_queueing()
    {
        var key = RedisServerFixture.Key("tx-abort");
        var tx = _client.CreateTransaction();
        tx.Add("SET", key, "v");
        tx.Add("NOSUCHCOMMAND");
        var error = await Assert.ThrowsAsync<RedisServerException>(() => tx.ExecuteAsync());
        Assert.Equal("EXECABORT", error.ErrorCode);
        Assert.Contains("unknown command", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await _client.ExistsAsync(key));
        Assert.Equal("PONG", await _client.PingAsync());
    }

    [Fact]
    public async Task Transactions_interleaved_with_other_callers_stay_atomic()
    {
        var key = RedisServerFixture.Key("tx-concurrent");
        var work = Enumerable.Range(0, 200).Select(async i =>
        {
            if (i % 2 == 0)
            {
                var tx = _client.CreateTransaction();
                tx.Add("INCR", key);
                tx.Add("INCR", key);
                var results = await tx.ExecuteAsync();
                // Nothing else ran between the two increments.
                Assert.Equal(results[0].AsInt64() + 1, results[1].AsInt64());
            }
            else
            {
                await _client.IncrementAsync(key);
            }
        });
        await Task.WhenAll(work);
        Assert.Equal("300", await _client.GetStringAsync(key));
    }
}
