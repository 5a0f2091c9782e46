using Platform.Contracts;
using Platform.Contracts.Identity.V1;
using Platform.Contracts.Risk.V1;
using Platform.Contracts.Withdrawal.V1;
using Platform.Withdrawal.Tests.Stack;

namespace Platform.Withdrawal.Tests;

/// <summary>
/// Withdrawals risk holds for a person: an account another user reported, withdrawing from a new device, scores in
/// the review band. The reviewer's decision (risk.alert, through pub/sub) continues or rejects the saga.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ReviewTests(StackFixture stack)
{
    private readonly SagaProbe _probe = new(stack);

    [Fact]
    public async Task A_reported_account_is_held_for_review_and_an_approval_continues_with_the_strongest_factors()
    {
        var (customer, held) = await HoldForReviewAsync();
        Assert.Single(await _probe.EventsAsync(Topics.WithdrawalReviewRequired, held.WithdrawalId));

        await ResolveAsync(held.RiskCaseId, "approve");
        var verifying = await _probe.WaitForAsync(customer, held.WithdrawalId, WithdrawalStatus.VerificationRequired);
        Assert.Equal(new[] { Factor.SmsCode, Factor.Face }.Order(), verifying.RequiredFactors.Order());

        await _probe.ConfirmAsync(customer, held.WithdrawalId, await _probe.VerifyAsync(customer, verifying));
        await _probe.WaitForAsync(customer, held.WithdrawalId, WithdrawalStatus.Completed);
        Assert.Equal(20_000, (await _probe.LineAsync(customer)).UsedFen);
    }

    [Fact]
    public async Task A_reviewer_declining_rejects_the_withdrawal_and_nothing_is_held()
    {
        var (customer, held) = await HoldForReviewAsync();

        await ResolveAsync(held.RiskCaseId, "decline");
        var rejected = await _probe.WaitForAsync(customer, held.WithdrawalId, WithdrawalStatus.Rejected);

        Assert.Contains("review", rejected.Reason);
        Assert.Single(await _probe.EventsAsync(Topics.WithdrawalRejected, held.WithdrawalId));
        var line = await _probe.LineAsync(customer);
        Assert.Equal(line.LimitFen, line.AvailableFen);
    }

    private async Task<(Customer Customer, Contracts.Withdrawal.V1.Withdrawal Held)> HoldForReviewAsync()
    {
        var customer = await _probe.Customers.CreateAsync();
        var reporter = await _probe.Customers.CreateAsync(enrollFace: false);
        await stack.RiskClient.ReportSuspiciousAsync(new ReportRequest
        {
            ReporterUserId = reporter.UserId, SubjectType = "account", SubjectId = customer.UserId,
            Description = "test: this account asked me for my SMS code",
        }, stack.Callers.User(reporter.UserId), Customers.Deadline);

        var held = await _probe.CreateAsync(customer, 20_000, deviceId: Customer.NewDeviceId());
        Assert.True(held.Status == WithdrawalStatus.UnderReview, $"expected a review, got {held}");
        Assert.NotEmpty(held.RiskCaseId);
        Assert.Contains("USER_REPORTS", held.Reason);
        return (customer, held);
    }

    private Task<ReviewCase> ResolveAsync(string caseId, string resolution) =>
        stack.RiskClient.ResolveCaseAsync(
            new ResolveCaseRequest { CaseId = caseId, Resolution = resolution, Note = "test reviewer" },
            stack.Callers.Operator(), Customers.Deadline).ResponseAsync;
}
