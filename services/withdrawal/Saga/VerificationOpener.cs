using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Configuration;
using IdentityClient = Platform.Contracts.Identity.V1.Identity.IdentityClient;

namespace Platform.Withdrawal.Saga;

/// <summary>
/// Opens the step-up verification with identity for a withdrawal risk let through (after an approval, or a
/// reviewer's), and returns the record waiting for the user in VERIFICATION_REQUIRED.
/// </summary>
public sealed class VerificationOpener(IdentityClient identity, DownstreamCalls calls, IOptions<WithdrawalOptions> options)
{
    public const string Purpose = "withdrawal";

    public async Task<WithdrawalRecord> OpenAsync(
        WithdrawalRecord record, IEnumerable<Factor> requestedFactors, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var factors = requestedFactors.Where(f => f != Factor.Unspecified).Distinct().ToList();
        if (factors.Count == 0) factors = [.. options.Value.DefaultFactors];

        var request = new BeginVerificationRequest
        {
            UserId = record.UserId,
            Purpose = Purpose,
            OperationId = record.Id,
            AmountFen = record.AmountFen,
            DeviceId = record.DeviceId,
        };
        request.RequiredFactors.AddRange(factors);
        var verification = await identity.BeginVerificationAsync(request, calls.Identity(record.UserId, cancellationToken))
            .ResponseAsync.ConfigureAwait(false);

        var deadline = now + options.Value.VerificationTimeout;
        if (verification.ExpiresAt is { } expires && expires.ToDateTimeOffset() < deadline) deadline = expires.ToDateTimeOffset();
        var verifying = record.MoveTo(SagaState.Verifying, now) with
        {
            VerificationId = verification.VerificationId,
            RequiredFactors = verification.RequiredFactors.Count > 0 ? verification.RequiredFactors.ToList() : factors,
            VerificationExpiresAt = deadline,
        };
        return verifying.WaitUntil(deadline);
    }
}
