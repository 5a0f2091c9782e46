using Grpc.Core;
using Platform.Contracts.Credit.V1;
using Platform.Credit.Tests.Infrastructure;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class BillTests(CreditServiceFixture credit)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_statement_lists_the_period_posts_with_due_date_and_minimum_and_repayment_settles_it()
    {
        // Move to 10:00 local on the 1st of a month that is certainly ahead of the shared clock.
        var local = credit.Time.GetUtcNow().ToOffset(China);
        var first = new DateTimeOffset(local.Year, local.Month, 1, 10, 0, 0, China).AddMonths(2);
        credit.Time.AdvanceTo(first);
        var user = NewUser();
        await credit.OpenLineAsync(user, statementDay: 5);
        await PostAsync(user, "w-1", 100_000);
        credit.Time.Advance(TimeSpan.FromDays(2));
        await PostAsync(user, "w-2", 55_555);
        Assert.Empty(await BillsAsync(user));

        credit.Time.AdvanceTo(first.AddDays(4));
        await PostAsync(user, "w-3", 30_000);
        var bill = Assert.Single(await BillsAsync(user));

        Assert.Equal($"{first.Year:D4}-{first.Month:D2}", bill.BillId);
        Assert.Equal(new DateTimeOffset(first.Year, first.Month, 5, 0, 0, 0, China).AddMonths(-1), bill.PeriodStart.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(first.Year, first.Month, 5, 0, 0, 0, China), bill.PeriodEnd.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(first.Year, first.Month, 15, 0, 0, 0, China), bill.DueAt.ToDateTimeOffset());
        Assert.Equal((155_555L, 15_556L, 0L), (bill.StatementFen, bill.MinimumPaymentFen, bill.RepaidFen));

        var line = await RepayAsync(user, "r-1", 160_000);
        var again = await RepayAsync(user, "r-1", 160_000);

        Assert.Equal(again, line);
        Assert.Equal((25_555L, 974_445L), (line.UsedFen, line.AvailableFen));
        Assert.Equal(155_555, Assert.Single(await BillsAsync(user)).RepaidFen);

        credit.Time.AdvanceTo(first.AddMonths(1).AddDays(4));
        var bills = await BillsAsync(user);
        Assert.Equal(2, bills.Count);
        Assert.Equal((30_000L, 3_000L, 4_445L), (bills[0].StatementFen, bills[0].MinimumPaymentFen, bills[0].RepaidFen));
    }

    [Fact]
    public async Task Repayments_are_idempotent_and_never_exceed_what_is_owed()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await PostAsync(user, "w-1", 10_000);

        var tooMuch = await FailsWith(StatusCode.FailedPrecondition, () => RepayAsync(user, "r-1", 10_001));
        await RepayAsync(user, "r-1", 6_000);
        var conflict = await FailsWith(StatusCode.AlreadyExists, () => RepayAsync(user, "r-1", 5_000));

        Assert.StartsWith("repayment_exceeds_balance:", tooMuch.Status.Detail);
        Assert.StartsWith("operation_conflict:", conflict.Status.Detail);
        Assert.Equal(4_000, (await credit.GetLineAsync(user)).UsedFen);
        Assert.Equal(["open", "reserve", "post", "repay"], (await credit.ReadLedgerAsync(user)).Select(entry => entry.Kind));
    }

    private async Task PostAsync(string user, string operationId, long amountFen)
    {
        await credit.ReserveAsync(user, operationId, amountFen);
        await credit.PostAsync(user, operationId);
    }

    private async Task<CreditLine> RepayAsync(string user, string operationId, long amountFen) =>
        await credit.Client.RepayAsync(new RepayRequest { UserId = user, OperationId = operationId, AmountFen = amountFen },
            credit.Callers.User(user), Deadline);

    private async Task<IReadOnlyList<Bill>> BillsAsync(string user) =>
        (await credit.Client.ListBillsAsync(new ListBillsRequest { UserId = user }, credit.Callers.User(user), Deadline)).Bills;
}
