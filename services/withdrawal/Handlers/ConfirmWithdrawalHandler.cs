using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Contracts.Withdrawal.V1;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Saga;
using Platform.Withdrawal.Storage;
using IdentityClient = Platform.Contracts.Identity.V1.Identity.IdentityClient;

namespace Platform.Withdrawal.Handlers;

/// <summary>
/// Confirm: redeems the step-up ticket with identity (single use, bound to this user, purpose, withdrawal and
/// amount), then reserves the credit inline and leaves the payout to the background drivers.
/// </summary>
public sealed class ConfirmWithdrawalHandler(
    WithdrawalStore store, SagaLeases leases, SagaDriver driver, SagaQueue queue, IdentityClient identity, DownstreamCalls calls,
    TimeProvider time)
{
    public async Task<WithdrawalRecord> HandleAsync(ConfirmWithdrawalRequest request, CancellationToken cancellationToken)
    {
        var saga = new SagaRef(request.WithdrawalId, request.UserId);
        RequireAwaitingVerification(await LoadAsync(saga, cancellationToken).ConfigureAwait(false));

        var leased = await leases.TryAcquireAsync(saga, cancellationToken).ConfigureAwait(false)
            ?? throw new RpcException(new Status(StatusCode.Aborted, "the withdrawal is being processed; try again"));
        var lease = leased.Lease;
        WithdrawalRecord record;
        try
        {
            record = leased.Record ?? throw NotFound();
            RequireAwaitingVerification(record);
            var now = time.GetUtcNow();
            if (record.VerificationExpiresAt <= now)
                throw new RpcException(new Status(StatusCode.FailedPrecondition, "the verification has expired"));

            // Once identity is asked, the ticket may be spent: record the outcome even if the caller goes away.
            var redeemed = await RedeemAsync(record, request.Ticket, CancellationToken.None).ConfigureAwait(false);
            var reserving = record.MoveTo(SagaState.Reserving, now) with { Strength = redeemed.Strength };
            record = await driver.CommitAsync(lease, record, reserving, CancellationToken.None).ConfigureAwait(false);
            record = await driver.DriveAsync(lease, record, next => next.State == SagaState.Reserving, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }
        if (!record.State.IsTerminal()) queue.Enqueue(saga);
        return record;
    }

    private async Task<WithdrawalRecord> LoadAsync(SagaRef saga, CancellationToken cancellationToken) =>
        await store.GetAsync(saga.UserId, saga.WithdrawalId, cancellationToken).ConfigureAwait(false) ?? throw NotFound();

    private static RpcException NotFound() =>
        new(new Status(StatusCode.NotFound, "withdrawal_id does not name a withdrawal of this account"));

    private static void RequireAwaitingVerification(WithdrawalRecord record)
    {
        if (record.State != SagaState.Verifying)
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"the withdrawal is {record.State.ToStatus()}, not waiting for verification"));
    }

    /// <summary>The withdrawal service owns the operation, so it redeems as the system acting for the user.</summary>
    private async Task<RedeemTicketResponse> RedeemAsync(WithdrawalRecord record, string ticket, CancellationToken cancellationToken)
    {
        try
        {
            return await identity.RedeemTicketAsync(new RedeemTicketRequest
            {
                UserId = record.UserId,
                Ticket = ticket,
                Purpose = VerificationOpener.Purpose,
                OperationId = record.Id,
                AmountFen = record.AmountFen,
            }, calls.Identity(record.UserId, cancellationToken)).ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException error) when (error.IsTransient())
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "the ticket could not be checked right now; try again"));
        }
        catch (RpcException error)
        {
            throw new RpcException(new Status(error.StatusCode, $"the ticket was not accepted: {error.Explanation()}"));
        }
    }
}
