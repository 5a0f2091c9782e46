using Platform.Withdrawal.Bank;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Telemetry;

namespace Platform.Withdrawal.Downstream;

/// <summary>Calls to the bank adapter, each bounded by the bank deadline; a payout is keyed by the withdrawal id.</summary>
public sealed class BankCalls(IBankGateway bank, DownstreamCalls calls, WithdrawalTelemetry telemetry)
{
    public Task<BankPayout> PayoutAsync(WithdrawalRecord record, CancellationToken cancellationToken)
    {
        telemetry.PayoutSent();
        var instruction = new PayoutInstruction(
            record.Id, record.AmountFen, record.CardId, record.CardLast4, record.CardFingerprint, record.BankCode,
            record.Ref.ToIndexMember());
        return WithDeadlineAsync(token => bank.PayoutAsync(instruction, token), cancellationToken);
    }

    public Task<BankPayout?> GetAsync(string withdrawalId, CancellationToken cancellationToken) =>
        WithDeadlineAsync(token => bank.GetPayoutAsync(withdrawalId, token), cancellationToken);

    public Task<BankPayout> CancelAsync(string withdrawalId, CancellationToken cancellationToken) =>
        WithDeadlineAsync(token => bank.CancelPayoutAsync(withdrawalId, token), cancellationToken);

    private async Task<T> WithDeadlineAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(calls.BankDeadline);
        try
        {
            return await call(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The bank did not answer within {calls.BankDeadline.TotalSeconds:0.###} s.");
        }
    }
}
