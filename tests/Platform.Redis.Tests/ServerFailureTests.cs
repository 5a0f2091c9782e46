using System.Collections.Concurrent;
using System.Diagnostics;
using Platform.Testing;

namespace Platform.Redis.Tests;

/// <summary>A server of its own that is killed (SIGKILL) and restarted while callers keep issuing commands.</summary>
public sealed class ServerFailureTests
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Killed_server_fails_in_flight_commands_fast_and_the_client_recovers_after_restart()
    {
        await using var server = await RedisServer.StartAsync();
        await using var client = RedisClient.Create($"{server.ConnectionString},connectTimeout={ConnectTimeout.TotalMilliseconds},syncTimeout=30000");
        await client.WaitForConnectionAsync();
        var key = RedisServerFixture.Key("fault");

        var failures = new ConcurrentQueue<(Exception Error, TimeSpan Took)>();
        var successes = 0L;
        var successesAfterRestart = 0L;
        var restarted = false;
        using var stop = new CancellationTokenSource();

        async Task Worker()
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.StartNew();
                try
                {
                    await client.IncrementAsync(key);
                    Interlocked.Increment(ref successes);
                    if (Volatile.Read(ref restarted))
                    {
                        Interlocked.Increment(ref successesAfterRestart);
                    }
                }
                catch (RedisException ex)
                {
                    failures.Enqueue((ex, started.Elapsed));
                    await Task.Delay(10);
                }
            }
        }

        var workers = Enumerable.Range(0, 32).Select(_ => Task.Run(Worker)).ToArray();
        await Poll.UntilAsync(() => Interlocked.Read(ref successes) > 2000, TimeSpan.FromSeconds(60), "load to build up");

        await server.KillAsync();
        await Poll.UntilAsync(() => failures.Count > 50, TimeSpan.FromSeconds(30), "commands to fail while the server is down");
        Assert.False(client.IsConnected);

        await server.RestartAsync();
        Volatile.Write(ref restarted, true);
        await Poll.UntilAsync(() => Interlocked.Read(ref successesAfterRestart) > 1000, TimeSpan.FromSeconds(60), "commands to succeed after the restart");

        await stop.CancelAsync();
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(failures, failure =>
        {
            Assert.IsType<RedisConnectionException>(failure.Error);
            // In-flight commands fail on the broken socket at once; new ones wait at most the connect timeout.
            Assert.True(failure.Took < ConnectTimeout + TimeSpan.FromSeconds(10), $"a failure took {failure.Took}");
        });
        Assert.True(client.IsConnected);
        Assert.Equal("PONG", await client.PingAsync());
    }

    [Fact]
    public async Task Commands_time_out_when_the_server_stops_answering()
    {
        await using var server = await RedisServer.StartAsync();
        await using var client = RedisClient.Create($"{server.ConnectionString},syncTimeout=300");
        await client.WaitForConnectionAsync();

        // DEBUG SLEEP holds the single-threaded server, so the next command gets no reply in time.
        var sleeping = client.ExecuteAsync("DEBUG", "SLEEP", 6).AsTask();
        var started = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RedisTimeoutException>(async () => await client.PingAsync());
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
        Assert.Contains("PING", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RedisTimeoutException>(() => sleeping);

        // The late replies are dropped and later commands line up with their own replies.
        await Poll.UntilAsync(async () => await client.PingAsync() == "PONG", TimeSpan.FromSeconds(30), "the server to answer again");
        var key = RedisServerFixture.Key("after-timeout");
        await client.SetAsync(key, "mine");
        Assert.Equal("mine", await client.GetStringAsync(key));
    }

    [Fact]
    public async Task Commands_fail_within_the_connect_timeout_when_no_server_listens()
    {
        await using var client = RedisClient.Create($"127.0.0.1:{FreePort.Next()},connectTimeout=500");
        var started = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RedisConnectionException>(async () => await client.PingAsync());
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
        Assert.Contains("Not connected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_reported_without_leaking_it()
    {
        await using var server = await RedisServer.StartAsync(new RedisServerOptions { Password = "right-password" });
        await using var good = RedisClient.Create($"{server.Endpoint},password=right-password,defaultDatabase=3");
        var key = RedisServerFixture.Key("db3");
        await good.SetAsync(key, "in-db-3");
        await using var otherDb = RedisClient.Create($"{server.Endpoint},password=right-password");
        Assert.Null(await otherDb.GetAsync(key));

        await using var bad = RedisClient.Create($"{server.Endpoint},password=wrong-password,connectTimeout=1000");
        var error = await Assert.ThrowsAsync<RedisConnectionException>(async () => await bad.PingAsync());
        Assert.DoesNotContain("wrong-password", error.ToString(), StringComparison.Ordinal);
    }
}
