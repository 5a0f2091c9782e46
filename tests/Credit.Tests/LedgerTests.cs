using Grpc.Core;
using Platform.Contracts.Credit.V1;
using Platform.Credit.Tests.Infrastructure;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class LedgerTests(CreditServiceFixture credit)
{
    [Fact]
    public async Task Every_movement_is_double_entry_and_the_books_agree_with_the_line()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 1_000_000, cashLimitFen: 800_000);
        await credit.ReserveAsync(user, "posted", 150_000);
        await credit.ReserveAsync(user, "voided", 60_000);
        await credit.ReserveAsync(user, "expired", 70_000, expiresInSeconds: 5);
        await credit.ReserveAsync(user, "pending", 90_000);
        await credit.PostAsync(user, "posted");
        await credit.VoidAsync(user, "voided");
        await credit.Client.RepayAsync(new RepayRequest { UserId = user, OperationId = "r-1", AmountFen = 50_000 },
            credit.Callers.User(user), Deadline);
        credit.Time.Advance(TimeSpan.FromSeconds(5));

        var line = await credit.GetLineAsync(user);
        var ledger = await credit.ReadLedgerAsync(user);

        Assert.Equal(["open", "reserve", "reserve", "reserve", "reserve", "post", "void", "repay", "expire"],
            ledger.Select(entry => entry.Kind));
        Assert.Equal((90_000L, 100_000L, 810_000L), (line.HeldFen, line.UsedFen, line.AvailableFen));
        new LedgerBalances(ledger).AssertMatches(line);
        var post = ledger.Single(entry => entry.Kind == "post");
        Assert.Equal(($"user:{user}:receivable", $"user:{user}:held", 150_000L), (post.DebitAccount, post.CreditAccount, post.AmountFen));
    }

    [Fact]
    public async Task The_ledger_pages_through_every_entry_once_in_booking_order()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        for (var i = 0; i < 6; i++) await credit.ReserveAsync(user, $"w-{i}", 1_000 + i);

        var pages = new List<ListLedgerResponse>();
        var token = "";
        do
        {
            var page = await credit.Client.ListLedgerAsync(
                new ListLedgerRequest { UserId = user, PageSize = 3, PageToken = token }, credit.Callers.User(user), Deadline);
            pages.Add(page);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        var entries = pages.SelectMany(page => page.Entries).ToList();
        Assert.Equal(7, entries.Count);
        Assert.Equal(entries.Count, entries.Select(entry => entry.EntryId).Distinct().Count());
        Assert.Equal(["open", "w-0", "w-1", "w-2", "w-3", "w-4", "w-5"], entries.Select(entry => entry.OperationId));
        Assert.All(pages.Take(pages.Count - 1), page => Assert.Equal(3, page.Entries.Count));
    }

    [Theory]
    [InlineData(-1, "")]
    [InlineData(201, "")]
    [InlineData(10, "not-a-token")]
    [InlineData(10, "1-2-3")]
    public async Task Bad_paging_is_invalid(int pageSize, string token)
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);

        var error = await FailsWith(StatusCode.InvalidArgument, () => credit.Client.ListLedgerAsync(
            new ListLedgerRequest { UserId = user, PageSize = pageSize, PageToken = token }, credit.Callers.User(user), Deadline).ResponseAsync);

        Assert.Contains(pageSize is < 0 or > 200 ? "page_size" : "page_token", error.Status.Detail);
    }
}
