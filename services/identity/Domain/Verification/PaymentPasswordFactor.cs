using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Verification;

/// <summary>Proves the payment password against a verification; 5 consecutive failures lock it (3 h by default).</summary>
public sealed class PaymentPasswordFactor(
    FactorGate gate, AttemptLimiter limiter, PaymentPasswordHasher hasher, IOptions<IdentityOptions> options)
{
    public async Task<FactorResult> VerifyAsync(VerifyPaymentPasswordRequest request)
    {
        var verificationId = FieldRules.Id(request.VerificationId, "verification_id");
        var pin = RequestValidation.PaymentPassword(request.PaymentPassword);
        var (account, verification) = await gate.OpenAsync(request.UserId, verificationId, Factor.PaymentPassword);
        var attempt = await limiter.CheckAsync(account.UserId, CredentialNames.PaymentPassword, options.Value.Passwords.PaymentLockout,
            () => Task.FromResult(hasher.Verify(pin, account.PaymentPasswordSalt, account.PaymentPasswordDigest)));
        return await gate.ConcludeAsync(account, verification, Factor.PaymentPassword, CredentialNames.PaymentPassword, attempt);
    }
}
