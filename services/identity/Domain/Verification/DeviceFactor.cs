using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Devices;
using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Verification;

/// <summary>
/// "Fingerprint" verification: the trusted device signs a random, single-use, short-lived server challenge with its
/// private key, and identity checks the signature with the public key the device registered.
/// </summary>
public sealed class DeviceFactor(
    FactorGate gate, DeviceStore devices, SingleUseStore challenges, AttemptLimiter limiter, IOptions<IdentityOptions> options, TimeProvider time)
{
    public async Task<DeviceChallenge> CreateChallengeAsync(CreateDeviceChallengeRequest request)
    {
        var deviceId = RequestValidation.DeviceId(request.DeviceId);
        var verificationId = FieldRules.Id(request.VerificationId, "verification_id");
        var (account, verification) = await gate.OpenAsync(request.UserId, verificationId, Factor.TrustedDevice);
        if (verification.DeviceId.Length > 0 && verification.DeviceId != deviceId)
            throw RpcProblems.FailedPrecondition("the verification is for another device");
        if ((await devices.FindAsync(account.UserId, deviceId))?.Trusted != true)
            throw RpcProblems.FailedPrecondition("the device is not trusted: register its public key first");

        var settings = options.Value;
        var challengeId = RandomSecrets.Id("dc");
        var nonce = RandomSecrets.Nonce();
        var expiresAt = time.GetUtcNow() + settings.Devices.ChallengeLifetime;
        await challenges.CreateAsync(IdentityKeys.DeviceChallenge(account.UserId, challengeId), expiresAt,
            settings.Devices.ChallengeLifetime + settings.Verification.ReplayMemory,
            new("device", deviceId), new("verification", verificationId), new("nonce", nonce));
        return new DeviceChallenge { ChallengeId = challengeId, Nonce = ByteString.CopyFrom(nonce), ExpiresAt = Timestamp.FromDateTimeOffset(expiresAt) };
    }

    public async Task<FactorResult> VerifyAsync(VerifyDeviceRequest request)
    {
        var verificationId = FieldRules.Id(request.VerificationId, "verification_id");
        var challengeId = FieldRules.Id(request.ChallengeId, "challenge_id");
        if (request.Signature.Length is 0 or > 128) throw RpcProblems.Invalid("signature is required (IEEE P1363 or DER)");
        var (account, verification) = await gate.OpenAsync(request.UserId, verificationId, Factor.TrustedDevice);

        var (status, fields) = await challenges.TakeAsync(IdentityKeys.DeviceChallenge(account.UserId, challengeId), time.GetUtcNow());
        if (status == "missing") throw RpcProblems.NotFound("no such challenge");
        if (status != "ok") return await gate.FailAsync(account, verification, Factor.TrustedDevice, status);
        if (Text(fields["verification"]) != verificationId) throw RpcProblems.FailedPrecondition("the challenge belongs to another verification");

        var deviceId = Text(fields["device"]);
        var device = await devices.FindAsync(account.UserId, deviceId);
        if (device?.PublicKey is not { } publicKey) return await gate.FailAsync(account, verification, Factor.TrustedDevice, "untrusted", deviceId: deviceId);
        var attempt = await limiter.CheckAsync(account.UserId, CredentialNames.Device, options.Value.Devices.Lockout,
            () => Task.FromResult(DevicePublicKey.Verify(publicKey, fields["nonce"], request.Signature.ToByteArray())));
        if (attempt.Succeeded) await devices.PutAsync(account.UserId, device with { LastSeenAt = time.GetUtcNow() }, options.Value.Devices.MaxDevices);
        return await gate.ConcludeAsync(account, verification, Factor.TrustedDevice, CredentialNames.Device, attempt, deviceId);
    }

    private static string Text(byte[] value) => System.Text.Encoding.UTF8.GetString(value);
}
