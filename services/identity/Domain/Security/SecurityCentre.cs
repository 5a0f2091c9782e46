using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Accounts;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Domain.Verification;
using Platform.Identity.Events;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Security;

/// <summary>
/// The user's security centre: status, recent events, changing credentials (after re-authentication with a ticket
/// of the matching purpose) and self-service freeze.
/// </summary>
public sealed class SecurityCentre(
    AccountStore accounts,
    DeviceStore devices,
    CardStore cards,
    FaceStore faces,
    AttemptLimiter limiter,
    StepUpService stepUp,
    LoginPasswordHasher loginPasswords,
    PaymentPasswordHasher paymentPasswords,
    SecurityEventStore history,
    SecurityEventPublisher events,
    IOptions<IdentityOptions> options,
    TimeProvider time)
{
    public async Task<SecurityStatus> GetStatusAsync(string userId)
    {
        var account = await RequireAccountAsync(userId);
        var payment = await limiter.GetStateAsync(userId, CredentialNames.PaymentPassword);
        var face = await limiter.GetStateAsync(userId, CredentialNames.Face);
        var status = new SecurityStatus
        {
            UserId = userId,
            PaymentPasswordSet = account.PaymentPasswordDigest.Length > 0,
            PaymentPasswordLocked = payment.Locked,
            FaceEnrolled = await faces.IsEnrolledAsync(userId),
            FaceDisabled = face.Disabled,
            TrustedDevices = (await devices.ListAsync(userId)).Count(device => device.Trusted),
            BoundCards = (int)await cards.CountAsync(userId),
            Frozen = account.Frozen,
        };
        if (account.CredentialChangedAt is { } changed) status.LastCredentialChangeAt = Timestamp.FromDateTimeOffset(changed);
        return status;
    }

    public async Task<ListSecurityEventsResponse> ListEventsAsync(ListSecurityEventsRequest request)
    {
        var size = FieldRules.PageSize(request.PageSize, fallback: 20, max: options.Value.SecurityEventsKept);
        await RequireAccountAsync(request.UserId);
        var response = new ListSecurityEventsResponse();
        response.Events.Add(await history.ListAsync(request.UserId, size));
        return response;
    }

    public async Task<SecurityStatus> ChangeLoginPasswordAsync(ChangePasswordRequest request)
    {
        var password = RequestValidation.LoginPassword(request.NewPassword, options.Value.Passwords.MinLoginPasswordLength, "new_password");
        var account = await RequireActiveAccountAsync(request.UserId);
        await stepUp.RedeemOwnAsync(account.UserId, request.Ticket, Purposes.ChangePassword);
        await accounts.SetLoginPasswordAsync(account.UserId, loginPasswords.Hash(password), time.GetUtcNow());
        await limiter.ResetAsync(account.UserId, CredentialNames.LoginPassword);
        await events.PublishAsync(account, SecurityEventTypes.LoginPasswordChanged);
        return await GetStatusAsync(account.UserId);
    }

    /// <summary>A new payment password also lifts its lock: the user proved themself with other factors.</summary>
    public async Task<SecurityStatus> ChangePaymentPasswordAsync(ChangePasswordRequest request)
    {
        var pin = AccountService.NewPaymentPassword(request.NewPassword, "new_password");
        var account = await RequireActiveAccountAsync(request.UserId);
        await stepUp.RedeemOwnAsync(account.UserId, request.Ticket, Purposes.ChangePaymentPassword);
        var (salt, digest) = paymentPasswords.Hash(pin);
        await accounts.SetPaymentPasswordAsync(account.UserId, salt, digest, time.GetUtcNow());
        await limiter.ResetAsync(account.UserId, CredentialNames.PaymentPassword);
        await events.PublishAsync(account, SecurityEventTypes.PaymentPasswordChanged);
        return await GetStatusAsync(account.UserId);
    }

    /// <summary>Freezes the account: no login, no refresh, no verification, no withdrawal, every session revoked.</summary>
    public async Task<SecurityStatus> FreezeAsync(FreezeRequest request)
    {
        var reason = RequestValidation.Text(request.Reason, "reason", 200, required: false);
        var account = await RequireAccountAsync(request.UserId);
        if (!account.Frozen)
        {
            await accounts.FreezeAsync(account.UserId, reason, time.GetUtcNow());
            await events.PublishAsync(account, SecurityEventTypes.AccountFrozen, detail: reason);
        }
        return await GetStatusAsync(account.UserId);
    }

    private async Task<Account> RequireAccountAsync(string userId) =>
        await accounts.FindAsync(userId) ?? throw RpcProblems.NotFound("no such user");

    private async Task<Account> RequireActiveAccountAsync(string userId)
    {
        var account = await RequireAccountAsync(userId);
        return account.Frozen ? throw RpcProblems.FailedPrecondition("the account is frozen") : account;
    }
}
