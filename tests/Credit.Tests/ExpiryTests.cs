using Grpc.Core;
using Platform.Contracts.Credit.V1;
using Platform.Credit.Tests.Infrastructure;
using Platform.Redis;
using Platform.Testing;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class ExpiryTests(CreditServiceFixture credit)
{
    [Fact]
    public async Task An_expired_hold_releases_its_credit_before_the_next_reserve_looks_at_the_line()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 100_000, cashLimitFen: 100_000);
        await credit.ReserveAsync(user, "old", 100_000, expiresInSeconds: 60);
        credit.Time.Advance(TimeSpan.FromSeconds(60));

        // All the credit is held until the expiry is applied; the reserve's own script applies it first.
        var fresh = await credit.ReserveAsync(user, "new", 100_000);

        Assert.Equal(100_000, fresh.Line.HeldFen);
        var old = await credit.Client.GetHoldAsync(new GetHoldRequest { UserId = user, OperationId = "old" }, credit.Callers.User(user), Deadline);
        Assert.Equal(HoldState.Expired, old.State);
    }

    [Fact]
    public async Task An_expired_hold_cannot_be_posted_and_voiding_it_is_a_no_op()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "w-1", 40_000, expiresInSeconds: 30);
        credit.Time.Advance(TimeSpan.FromSeconds(31));

        var post = await FailsWith(StatusCode.FailedPrecondition, () => credit.PostAsync(user, "w-1"));
        var voided = await credit.VoidAsync(user, "w-1");
        var replayed = await credit.ReserveAsync(user, "w-1", 40_000);

        Assert.StartsWith("hold_expired:", post.Status.Detail);
        Assert.Equal(HoldState.Expired, voided.State);
        Assert.Equal(HoldState.Expired, replayed.State);
        Assert.Equal((0L, 0L, 1_000_000L), (voided.Line.HeldFen, voided.Line.UsedFen, voided.Line.AvailableFen));
        var ledger = await credit.ReadLedgerAsync(user);
        Assert.Equal(["open", "reserve", "expire"], ledger.Select(entry => entry.Kind));
    }

    [Fact]
    public async Task The_background_sweeper_voids_expired_holds_nobody_touches()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "w-1", 25_000, expiresInSeconds: 120);
        var holdKey = $"credit:{{u:{user}}}:hold:w-1";
        credit.Time.Advance(TimeSpan.FromSeconds(119));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal("pending", await credit.RedisClient.HGetStringAsync(holdKey, "state"));

        credit.Time.Advance(TimeSpan.FromSeconds(1));

        // Only Redis is looked at: no call to the service could have expired the hold lazily.
        await Poll.UntilAsync(async () => await credit.RedisClient.HGetStringAsync(holdKey, "state") == "expired",
            TimeSpan.FromSeconds(30), "the sweeper to expire the hold");
        Assert.Equal("0", await credit.RedisClient.HGetStringAsync($"credit:{{u:{user}}}:line", "held"));
        Assert.Null(await credit.RedisClient.ZScoreAsync("credit:hold-expiries", $"{user}|w-1"));
    }
}
