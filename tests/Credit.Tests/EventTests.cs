using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Credit.Tests.Infrastructure;
using Platform.Redis;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class EventTests(CreditServiceFixture credit)
{
    [Fact]
    public async Task A_reserve_writes_its_CloudEvent_to_the_topic_stream_in_the_same_step()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);

        var hold = await credit.ReserveAsync(user, "w-1", 120_000);

        var (envelope, data, fields) = Assert.Single(await EventsOfAsync(Topics.CreditHoldReserved, user));
        Assert.Equal(["data", "metadata"], fields);
        Assert.Equal($"{user}/w-1/reserved", envelope.GetProperty("id").GetString());
        Assert.Equal("1.0", envelope.GetProperty("specversion").GetString());
        Assert.Equal("credit", envelope.GetProperty("source").GetString());
        Assert.Equal(Topics.CreditHoldReserved, envelope.GetProperty("topic").GetString());
        Assert.Equal(Topics.PubSubName, envelope.GetProperty("pubsubname").GetString());
        Assert.Equal("application/json", envelope.GetProperty("datacontenttype").GetString());
        Assert.Equal(("w-1", 120_000L, "reserved", hold.Line.AvailableFen), (data.OperationId, data.AmountFen, data.Kind, data.AvailableFen));
        Assert.Equal(credit.Time.GetUtcNow(), data.At.ToDateTimeOffset());
    }

    [Fact]
    public async Task A_refused_reserve_writes_neither_state_nor_event()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 50_000, cashLimitFen: 50_000);
        var topicLength = await credit.RedisClient.XLenAsync(Topics.CreditHoldReserved);

        await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "too-much", 50_001));

        Assert.Equal(topicLength, await credit.RedisClient.XLenAsync(Topics.CreditHoldReserved));
        Assert.Empty(await EventsOfAsync(Topics.CreditHoldReserved, user));
        Assert.Null(await credit.RedisClient.HGetStringAsync($"credit:{{u:{user}}}:hold:too-much", "state"));
        Assert.Single(await credit.ReadLedgerAsync(user));
        Assert.Equal(0, (await credit.GetLineAsync(user)).HeldFen);
    }

    [Fact]
    public async Task Post_void_and_expiry_each_publish_exactly_one_event()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "posted", 10_000);
        await credit.ReserveAsync(user, "voided", 20_000);
        await credit.ReserveAsync(user, "expired", 30_000, expiresInSeconds: 10);
        await credit.PostAsync(user, "posted");
        await credit.PostAsync(user, "posted");
        await credit.VoidAsync(user, "voided");
        await credit.VoidAsync(user, "voided");
        credit.Time.Advance(TimeSpan.FromSeconds(10));
        await credit.GetLineAsync(user);

        var posted = Assert.Single(await EventsOfAsync(Topics.CreditHoldPosted, user)).Data;
        var voided = (await EventsOfAsync(Topics.CreditHoldVoided, user)).Select(e => e.Data).OrderBy(e => e.OperationId).ToList();

        Assert.Equal(("posted", 10_000L, "posted"), (posted.OperationId, posted.AmountFen, posted.Kind));
        Assert.Equal([("expired", "expired"), ("voided", "voided")], voided.Select(e => (e.OperationId, e.Kind)));
    }

    [Fact]
    public async Task A_repayment_publishes_its_event()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "w-1", 10_000);
        await credit.PostAsync(user, "w-1");

        var line = await credit.Client.RepayAsync(new() { UserId = user, OperationId = "r-1", AmountFen = 4_000 }, credit.Callers.User(user), Deadline);

        var repaid = Assert.Single(await EventsOfAsync(Topics.CreditRepaid, user)).Data;
        Assert.Equal(("r-1", 4_000L, "repaid", line.AvailableFen), (repaid.OperationId, repaid.AmountFen, repaid.Kind, repaid.AvailableFen));
    }

    private async Task<List<(JsonElement Envelope, CreditEvent Data, IEnumerable<string> Fields)>> EventsOfAsync(string topic, string userId)
    {
        List<(JsonElement, CreditEvent, IEnumerable<string>)> events = [];
        foreach (var entry in await credit.RedisClient.XRangeAsync(topic))
        {
            var envelope = JsonDocument.Parse(entry.GetString("data")!).RootElement;
            var data = JsonParser.Default.Parse<CreditEvent>(envelope.GetProperty("data").GetRawText());
            if (data.UserId == userId) events.Add((envelope, data, entry.Fields.Select(field => field.Key)));
        }
        return events;
    }
}
