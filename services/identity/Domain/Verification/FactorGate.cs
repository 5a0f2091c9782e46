using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Accounts;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Domain.Security;
using Platform.Identity.Events;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Identity.Telemetry;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Verification;

/// <summary>
/// What every factor check shares: the verification must be open and need the factor before any credential is
/// checked; a success is recorded against it (issuing the ticket when it was the last factor); a failure is
/// reported with what is left of the budget and leaves a security event.
/// </summary>
public sealed class FactorGate(
    AccountStore accounts,
    VerificationStore verifications,
    SecretDigests digests,
    SecurityEventPublisher events,
    IdentityTelemetry telemetry,
    IOptions<IdentityOptions> options,
    TimeProvider time)
{
    public async Task<(Account Account, VerificationRecord Verification)> OpenAsync(string userId, string verificationId, Factor factor)
    {
        var account = await accounts.FindAsync(userId) ?? throw RpcProblems.NotFound("no such user");
        if (account.Frozen) throw RpcProblems.FailedPrecondition("the account is frozen");
        var verification = await verifications.FindAsync(userId, verificationId) ?? throw RpcProblems.NotFound("no such verification");
        if (verification.TicketIssued) throw RpcProblems.FailedPrecondition("the verification is already complete");
        if (verification.ExpiresAt <= time.GetUtcNow()) throw RpcProblems.FailedPrecondition("the verification has expired");
        if (!verification.Requires(factor))
            throw RpcProblems.FailedPrecondition($"the verification does not require {FactorNames.Of(factor)}");
        return (account, verification);
    }

    public async Task<FactorResult> SucceedAsync(Account account, VerificationRecord verification, Factor factor, string deviceId = "")
    {
        var settings = options.Value.Verification;
        var ticket = RandomSecrets.Token("tk");
        var now = time.GetUtcNow();
        var (status, satisfied) = await verifications.SatisfyAsync(account.UserId, verification.VerificationId, factor,
            digests.OfToken(ticket), now, now + settings.TicketLifetime, settings.TicketLifetime + settings.ReplayMemory);
        telemetry.FactorChecked(FactorNames.Of(factor), "success");
        var updated = verification with { Satisfied = satisfied, TicketIssued = status == "issued" };
        switch (status)
        {
            case "issued":
                await events.PublishAsync(account, SecurityEventTypes.VerificationSucceeded, FactorNames.Of(factor), deviceId, detail: verification.Purpose);
                return Result(true, factor, "", updated.ToContract(ticket));
            case "pending":
                return Result(true, factor, "", updated.ToContract());
            case "expired":
                return Result(false, factor, "expired", updated.ToContract());
            case "missing":
                throw RpcProblems.NotFound("no such verification");
            default:
                throw RpcProblems.FailedPrecondition("the verification is already complete");
        }
    }

    /// <summary>A check that was refused or failed: reported, counted, and recorded as a security event.</summary>
    public async Task<FactorResult> FailAsync(
        Account account, VerificationRecord verification, Factor factor, string reason, int attemptsLeft = 0,
        DateTimeOffset? lockedUntil = null, string deviceId = "")
    {
        telemetry.FactorChecked(FactorNames.Of(factor), reason);
        await events.PublishAsync(account, SecurityEventTypes.VerificationFailed, FactorNames.Of(factor), deviceId, detail: reason);
        var result = Result(false, factor, reason, verification.ToContract());
        result.AttemptsLeft = attemptsLeft;
        if (lockedUntil is { } until) result.LockedUntil = Timestamp.FromDateTimeOffset(until);
        return result;
    }

    /// <summary>Reports a limited check: a success satisfies the factor; a lock reached now is announced once.</summary>
    public async Task<FactorResult> ConcludeAsync(
        Account account, VerificationRecord verification, Factor factor, string credential, AttemptResult attempt, string deviceId = "",
        string? failureReason = null)
    {
        if (attempt.Succeeded) return await SucceedAsync(account, verification, factor, deviceId);
        if (attempt.JustLocked)
        {
            telemetry.Locked(credential);
            var type = credential == CredentialNames.PaymentPassword ? SecurityEventTypes.PaymentPasswordLocked : SecurityEventTypes.FactorLocked;
            await events.PublishAsync(account, type, FactorNames.Of(factor), deviceId, detail: attempt.Reason);
        }
        return await FailAsync(account, verification, factor, failureReason ?? attempt.Reason, attempt.AttemptsLeft, attempt.LockedUntil, deviceId);
    }

    private static FactorResult Result(bool success, Factor factor, string reason, Contracts.Identity.V1.Verification verification) =>
        new() { Success = success, Factor = factor, Reason = reason, Verification = verification };
}
