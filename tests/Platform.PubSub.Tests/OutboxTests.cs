using Google.Protobuf.WellKnownTypes;
using Platform.Redis;

namespace Platform.PubSub.Tests;

/// <summary>State change and event in one Lua script: both or neither, and the event is an ordinary one.</summary>
[Collection(PubSubCollection.Name)]
public sealed class OutboxTests(PubSubFixture fixture)
{
    // Completes a withdrawal only if it is still pending; the event is appended in the same atomic step.
    private static readonly LuaScript CompleteWithdrawal = new(OutboxLua.PublishFunction + """
        if redis.call('HGET', KEYS[1], 'state') ~= 'pending' then
          return false
        end
        redis.call('HSET', KEYS[1], 'state', 'completed')
        return pubsub_publish(KEYS[2], ARGV[1], ARGV[2], ARGV[3])
        """);

    [Fact]
    public async Task State_and_event_commit_together_and_the_event_is_delivered_like_any_other()
    {
        var topic = PubSubFixture.Topic("withdrawal.completed");
        var saga = $"{{u:1}}:withdrawal:{Guid.NewGuid():N}";
        await fixture.Redis.HSetAsync(saga, "state", "pending");
        var publisher = new PubSubClient(fixture.Redis, new PubSubOptions { AppId = "withdrawal" }, TimeProvider.System);

        var message = publisher.CreateOutboxMessage("pubsub", topic, new StringValue { Value = "w-1" });
        List<RedisArg> keys = [saga];
        List<RedisArg> args = [];
        message.AppendTo(keys, args);
        var entryId = (await CompleteWithdrawal.EvaluateAsync(fixture.Redis, keys, args)).AsString();

        Assert.Equal("completed", await fixture.Redis.HGetStringAsync(saga, "state"));
        var entry = Assert.Single(await fixture.Redis.XRangeAsync(topic));
        Assert.Equal(entryId, entry.Id);
        Assert.Equal(["data", "metadata"], entry.Fields.Select(f => f.Key));
        Assert.Equal(message.Data, entry["data"]);
        Assert.Equal(message.Metadata, entry["metadata"]);

        // A second attempt finds the state already changed: no state change and no second event.
        var again = publisher.CreateOutboxMessage("pubsub", topic, new StringValue { Value = "w-1" });
        keys = [saga];
        args = [];
        again.AppendTo(keys, args);
        Assert.True((await CompleteWithdrawal.EvaluateAsync(fixture.Redis, keys, args)).IsNull);
        Assert.Equal(1, await fixture.Redis.XLenAsync(topic));

        var received = new TaskCompletionSource<TopicEvent<StringValue>>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = await TestHost.StartAsync(fixture.Server.ConnectionString, "notification", subscribe: pubsub =>
            pubsub.Subscribe<StringValue>(topic, (e, _) =>
            {
                received.TrySetResult(e);
                return Task.FromResult(TopicResponse.Success);
            }));
        var delivered = await received.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal("w-1", delivered.Data.Value);
        Assert.Equal(message.EventId, delivered.Id);
        Assert.Equal("withdrawal", delivered.Envelope.Source);
        await host.StopAsync();
    }
}
