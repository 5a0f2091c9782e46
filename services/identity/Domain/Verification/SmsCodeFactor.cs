using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Sms;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Verification;

/// <summary>
/// SMS one-time codes: 6 random digits, sent through notification, valid for a few minutes (never past the
/// verification), stored only as a keyed digest bound to the verification, single use, at most 5 checks.
/// </summary>
public sealed class SmsCodeFactor(
    FactorGate gate, SmsCodeStore codes, SecretDigests digests, OtpSender sender, IOptions<IdentityOptions> options, TimeProvider time)
{
    public async Task<SendSmsCodeResponse> SendAsync(SendSmsCodeRequest request)
    {
        var verificationId = FieldRules.Id(request.VerificationId, "verification_id");
        var clientId = FieldRules.ClientId(request.ClientId);
        var (account, verification) = await gate.OpenAsync(request.UserId, verificationId, Factor.SmsCode);

        var settings = options.Value;
        var now = time.GetUtcNow();
        var expiresAt = Min(now + settings.SmsCodes.Lifetime, verification.ExpiresAt);
        var code = RandomSecrets.SixDigits();
        var stored = await codes.StoreAsync(account.UserId, verificationId, digests.OfSmsCode(verificationId, code), expiresAt,
            settings.Verification.Lifetime + settings.Verification.ReplayMemory, settings.SmsCodes.MaxChecks);
        if (!stored) throw RpcProblems.FailedPrecondition("this verification has used up its SMS code checks; start a new verification");

        var validMinutes = (int)Math.Ceiling((expiresAt - now).TotalMinutes);
        await sender.SendAsync(account, code, verification.Purpose, clientId, validMinutes);
        return new SendSmsCodeResponse { ExpiresAt = Timestamp.FromDateTimeOffset(expiresAt), MaskedPhone = PhoneMask.Mask(account.Phone) };
    }

    public async Task<FactorResult> VerifyAsync(VerifySmsCodeRequest request)
    {
        var verificationId = FieldRules.Id(request.VerificationId, "verification_id");
        if (request.Code.Length != 6 || !request.Code.All(char.IsAsciiDigit)) throw RpcProblems.Invalid("code must be exactly 6 digits");
        var (account, verification) = await gate.OpenAsync(request.UserId, verificationId, Factor.SmsCode);

        var (status, checksLeft) = await codes.CheckAsync(account.UserId, verificationId, digests.OfSmsCode(verificationId, request.Code),
            time.GetUtcNow(), options.Value.SmsCodes.MaxChecks);
        return status switch
        {
            "ok" => await gate.SucceedAsync(account, verification, Factor.SmsCode),
            "missing" => throw RpcProblems.FailedPrecondition("no SMS code was sent for this verification"),
            _ => await gate.FailAsync(account, verification, Factor.SmsCode, status, checksLeft),
        };
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
