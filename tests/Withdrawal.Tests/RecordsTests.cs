using Platform.Contracts.Withdrawal.V1;
using Platform.Withdrawal.Tests.Stack;

namespace Platform.Withdrawal.Tests;

/// <summary>A user's withdrawal records: newest first, in pages that neither skip nor repeat.</summary>
[Collection(StackCollection.Name)]
public sealed class RecordsTests(StackFixture stack)
{
    private readonly SagaProbe _probe = new(stack);

    [Fact]
    public async Task Records_page_newest_first_with_status_amounts_and_times()
    {
        // With a face enrolled every one of the five waits for verification, whichever factors risk asks for: once
        // its consumer has seen three of them, the hourly velocity rule asks for the face too.
        var customer = await _probe.Customers.CreateAsync(enrollFace: true);
        var created = new List<Contracts.Withdrawal.V1.Withdrawal>();
        for (var i = 1; i <= 5; i++) created.Add(await _probe.CreateAsync(customer, i * 1_000));

        var seen = new List<Contracts.Withdrawal.V1.Withdrawal>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await stack.WithdrawalClient.ListAsync(
                new ListWithdrawalsRequest { UserId = customer.UserId, PageSize = 2, PageToken = token },
                stack.Callers.User(customer.UserId), Customers.Deadline);
            Assert.True(page.Withdrawals.Count <= 2);
            seen.AddRange(page.Withdrawals);
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);

        Assert.Equal(3, pages);
        Assert.Equal(created.Select(w => w.WithdrawalId).Reverse(), seen.Select(w => w.WithdrawalId));
        Assert.Equal(new long[] { 5_000, 4_000, 3_000, 2_000, 1_000 }, seen.Select(w => w.AmountFen));
        Assert.All(seen, w =>
        {
            Assert.Equal(WithdrawalStatus.VerificationRequired, w.Status);
            Assert.Equal(customer.CardLast4, w.CardLast4);
            Assert.NotNull(w.CreatedAt);
            Assert.NotNull(w.UpdatedAt);
        });
    }
}
