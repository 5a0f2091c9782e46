using Grpc.Core;
using Platform.Contracts.Credit.V1;
using Platform.Credit.Tests.Infrastructure;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class HoldTests(CreditServiceFixture credit)
{
    [Fact]
    public async Task Reserve_holds_the_amount_and_reduces_available_credit()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 1_000_000, cashLimitFen: 500_000);

        var hold = await credit.ReserveAsync(user, "w-1", 100_000);

        Assert.Equal(HoldState.Pending, hold.State);
        Assert.Equal(100_000, hold.AmountFen);
        Assert.Equal(credit.Time.GetUtcNow().AddSeconds(1800), hold.ExpiresAt.ToDateTimeOffset());
        var line = await credit.GetLineAsync(user);
        Assert.Equal((100_000L, 0L, 900_000L, 400_000L, 100_000L),
            (line.HeldFen, line.UsedFen, line.AvailableFen, line.CashAvailableFen, line.WithdrawnTodayFen));
    }

    [Fact]
    public async Task Reserve_again_with_the_same_operation_and_amount_returns_the_same_hold()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        var first = await credit.ReserveAsync(user, "w-1", 50_000);
        credit.Time.Advance(TimeSpan.FromSeconds(5));

        var again = await credit.ReserveAsync(user, "w-1", 50_000);

        Assert.Equal(first.CreatedAt, again.CreatedAt);
        Assert.Equal(first.ExpiresAt, again.ExpiresAt);
        Assert.Equal(50_000, again.Line.HeldFen);
        Assert.Equal(2, (await credit.ReadLedgerAsync(user)).Count);
    }

    [Fact]
    public async Task Reserve_with_the_same_operation_and_another_amount_is_refused_and_changes_nothing()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "w-1", 50_000);

        var error = await FailsWith(StatusCode.AlreadyExists, () => credit.ReserveAsync(user, "w-1", 60_000));

        Assert.StartsWith("operation_conflict:", error.Status.Detail);
        Assert.Equal("operation_conflict", error.Trailers.GetValue("credit-reason"));
        Assert.Equal(50_000, (await credit.GetLineAsync(user)).HeldFen);
    }

    [Fact]
    public async Task Post_turns_the_hold_into_used_credit_once()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "w-1", 70_000);

        var posted = await credit.PostAsync(user, "w-1");
        var again = await credit.PostAsync(user, "w-1");

        Assert.Equal(HoldState.Posted, posted.State);
        Assert.Equal(HoldState.Posted, again.State);
        Assert.Equal((0L, 70_000L, 930_000L), (again.Line.HeldFen, again.Line.UsedFen, again.Line.AvailableFen));
        Assert.Equal(3, (await credit.ReadLedgerAsync(user)).Count);
    }

    [Fact]
    public async Task Void_returns_the_hold_to_available_credit_once()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "w-1", 70_000);

        var voided = await credit.VoidAsync(user, "w-1");
        var again = await credit.VoidAsync(user, "w-1");

        Assert.Equal(HoldState.Voided, voided.State);
        Assert.Equal(HoldState.Voided, again.State);
        Assert.Equal((0L, 0L, 1_000_000L, 0L), (again.Line.HeldFen, again.Line.UsedFen, again.Line.AvailableFen, again.Line.WithdrawnTodayFen));
        Assert.Equal(3, (await credit.ReadLedgerAsync(user)).Count);
    }

    [Fact]
    public async Task Post_after_void_and_void_after_post_fail_with_the_reason()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "voided", 10_000);
        await credit.ReserveAsync(user, "posted", 20_000);
        await credit.VoidAsync(user, "voided");
        await credit.PostAsync(user, "posted");

        var postVoided = await FailsWith(StatusCode.FailedPrecondition, () => credit.PostAsync(user, "voided"));
        var voidPosted = await FailsWith(StatusCode.FailedPrecondition, () => credit.VoidAsync(user, "posted"));

        Assert.StartsWith("hold_voided:", postVoided.Status.Detail);
        Assert.StartsWith("hold_posted:", voidPosted.Status.Detail);
        var line = await credit.GetLineAsync(user);
        Assert.Equal((0L, 20_000L), (line.HeldFen, line.UsedFen));
    }

    [Fact]
    public async Task Settling_an_unknown_hold_is_not_found_and_reserving_without_a_line_fails()
    {
        var user = NewUser();
        var noLine = await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "w-1", 10_000));
        Assert.StartsWith("no_credit_line:", noLine.Status.Detail);

        await credit.OpenLineAsync(user);
        await FailsWith(StatusCode.NotFound, () => credit.PostAsync(user, "never-reserved"));
        await FailsWith(StatusCode.NotFound, () => credit.VoidAsync(user, "never-reserved"));
        Assert.Single(await credit.ReadLedgerAsync(user));
    }

    [Fact]
    public async Task GetHold_reports_the_hold_and_the_line()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "w-1", 10_000);

        var hold = await credit.Client.GetHoldAsync(
            new GetHoldRequest { UserId = user, OperationId = "w-1" }, credit.Callers.User(user), Deadline);

        Assert.Equal((HoldState.Pending, 10_000L, 10_000L), (hold.State, hold.AmountFen, hold.Line.HeldFen));
    }
}
