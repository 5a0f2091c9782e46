using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Contracts.Withdrawal.V1;
using Platform.ServiceDefaults.Security;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Events;
using Platform.Withdrawal.Configuration;
using Platform.Withdrawal.Saga;
using Platform.Withdrawal.Storage;
using Platform.Withdrawal.Telemetry;
using IdentityClient = Platform.Contracts.Identity.V1.Identity.IdentityClient;

namespace Platform.Withdrawal.Handlers;

/// <summary>
/// Create: once per (user, Idempotency-Key). Looks the card up with identity, stores the withdrawal with its
/// "created" event, then drives the assessment inline so the answer already says what the user must do next.
/// </summary>
public sealed class CreateWithdrawalHandler(
    WithdrawalStore store, SagaDriver driver, WithdrawalEvents events, IdentityClient identity, DownstreamCalls calls,
    WithdrawalTelemetry telemetry, IOptions<WithdrawalOptions> options, TimeProvider time)
{
    public async Task<WithdrawalRecord> HandleAsync(CreateWithdrawalRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var fingerprint = RequestFingerprint.Of(request);
        var earlier = await store.FindByIdempotencyKeyAsync(request.UserId, request.IdempotencyKey, fingerprint, cancellationToken)
            .ConfigureAwait(false);
        if (earlier is not null) return await AssessAsync(new SagaRef(earlier, request.UserId), cancellationToken).ConfigureAwait(false);

        var card = await GetCardAsync(request, caller, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var record = new WithdrawalRecord
        {
            Id = WithdrawalId.New(now),
            UserId = request.UserId,
            IdempotencyKey = request.IdempotencyKey,
            AmountFen = request.AmountFen,
            CardId = card.CardId,
            CardLast4 = card.Last4,
            BankCode = card.BankCode,
            CardFingerprint = card.CardFingerprint,
            DeviceId = request.DeviceId,
            ClientIp = request.ClientIp,
            State = SagaState.Assessing,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var created = await store.CreateAsync(
            record, fingerprint, options.Value.IdempotencyRetention, now + options.Value.LeaseDuration, events.Created(record), cancellationToken)
            .ConfigureAwait(false);
        if (created.Created) telemetry.Created();
        return await AssessAsync(new SagaRef(created.WithdrawalId, request.UserId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the assessment now if nobody else is; either way answers with the withdrawal as it stands.</summary>
    private async Task<WithdrawalRecord> AssessAsync(SagaRef saga, CancellationToken cancellationToken)
    {
        var driven = await driver.TryDriveAsync(saga, record => record.State == SagaState.Assessing, cancellationToken).ConfigureAwait(false);
        return driven
            ?? await store.GetAsync(saga.UserId, saga.WithdrawalId, cancellationToken).ConfigureAwait(false)
            ?? throw new RpcException(new Status(StatusCode.Internal, "the withdrawal vanished while it was being created"));
    }

    private async Task<BankCard> GetCardAsync(CreateWithdrawalRequest request, Caller caller, CancellationToken cancellationToken)
    {
        try
        {
            return await identity.GetCardAsync(
                new GetCardRequest { UserId = request.UserId, CardId = request.CardId },
                calls.IdentityFor(caller, cancellationToken)).ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException error) when (error.StatusCode == StatusCode.NotFound)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "card_id does not name a card bound to this account"));
        }
        catch (RpcException error) when (error.IsTransient())
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "the card could not be checked right now; try again"));
        }
    }
}
