using System.Security.Cryptography;
using Google.Protobuf;
using Platform.Contracts.Identity.V1;

namespace Platform.Identity.Tests.Infrastructure;

/// <summary>Drives the factors of a verification the way a client would.</summary>
public sealed partial class IdentityFixture
{
    /// <summary>Opens a verification: self-service purposes as the user, others as a service (like withdrawal).</summary>
    public async Task<Verification> BeginAsync(
        TestUser user, string purpose, Factor[]? factors = null, string operationId = "", long amountFen = 0, string deviceId = "")
    {
        var request = new BeginVerificationRequest { UserId = user.UserId, Purpose = purpose, OperationId = operationId, AmountFen = amountFen, DeviceId = deviceId };
        request.RequiredFactors.Add(factors ?? []);
        var caller = factors is null ? Callers.User(user.UserId) : Callers.System(user.UserId);
        return await Client.BeginVerificationAsync(request, caller, Deadline);
    }

    public async Task<FactorResult> VerifyPaymentPasswordAsync(TestUser user, string verificationId, string? pin = null) =>
        await Client.VerifyPaymentPasswordAsync(
            new VerifyPaymentPasswordRequest { UserId = user.UserId, VerificationId = verificationId, PaymentPassword = pin ?? user.PaymentPassword },
            Callers.User(user.UserId), Deadline);

    public async Task<FactorResult> VerifySmsAsync(TestUser user, string verificationId)
    {
        var code = await SendSmsCodeAsync(user, verificationId);
        return await Client.VerifySmsCodeAsync(
            new VerifySmsCodeRequest { UserId = user.UserId, VerificationId = verificationId, Code = code }, Callers.User(user.UserId), Deadline);
    }

    public async Task<FaceSession> StartFaceSessionAsync(TestUser user, string verificationId) =>
        await Client.StartFaceSessionAsync(
            new StartFaceSessionRequest { UserId = user.UserId, VerificationId = verificationId }, Callers.User(user.UserId), Deadline);

    public async Task<FactorResult> VerifyFaceAsync(TestUser user, string verificationId, float[] probe, string? sessionId = null)
    {
        sessionId ??= (await StartFaceSessionAsync(user, verificationId)).SessionId;
        var request = new VerifyFaceRequest { UserId = user.UserId, VerificationId = verificationId, SessionId = sessionId };
        request.Descriptor_.Add(probe);
        return await Client.VerifyFaceAsync(request, Callers.User(user.UserId), Deadline);
    }

    public async Task<DeviceChallenge> CreateDeviceChallengeAsync(TestUser user, string verificationId, string? deviceId = null) =>
        await Client.CreateDeviceChallengeAsync(
            new CreateDeviceChallengeRequest { UserId = user.UserId, DeviceId = deviceId ?? user.DeviceId, VerificationId = verificationId },
            Callers.User(user.UserId), Deadline);

    public async Task<FactorResult> VerifyDeviceAsync(TestUser user, string verificationId, string challengeId, byte[] signature) =>
        await Client.VerifyDeviceAsync(
            new VerifyDeviceRequest { UserId = user.UserId, VerificationId = verificationId, ChallengeId = challengeId, Signature = ByteString.CopyFrom(signature) },
            Callers.User(user.UserId), Deadline);

    /// <summary>Opens a self-service verification and proves every factor it asks for; returns the ticket.</summary>
    public async Task<string> TicketForAsync(TestUser user, string purpose, float[]? face = null)
    {
        var verification = await BeginAsync(user, purpose);
        FactorResult? last = null;
        foreach (var factor in verification.RequiredFactors)
        {
            last = factor switch
            {
                Factor.SmsCode => await VerifySmsAsync(user, verification.VerificationId),
                Factor.PaymentPassword => await VerifyPaymentPasswordAsync(user, verification.VerificationId),
                Factor.Face => await VerifyFaceAsync(user, verification.VerificationId, face ?? throw new InvalidOperationException("a face is required")),
                _ => throw new InvalidOperationException($"unexpected factor {factor}"),
            };
            Assert.True(last.Success, $"{factor} failed: {last.Reason}");
        }
        return last!.Verification.Ticket;
    }

    public async Task<FaceEnrollment> EnrolFaceAsync(TestUser user, float[] descriptor)
    {
        var request = new EnrollFaceRequest { UserId = user.UserId, Ticket = await TicketForAsync(user, "face_enrolment") };
        request.Descriptor_.Add(descriptor);
        return await Client.EnrollFaceAsync(request, Callers.User(user.UserId), Deadline);
    }

    /// <summary>A face-embedding-like vector: 128 numbers of roughly unit length overall.</summary>
    public static float[] RandomDescriptor()
    {
        var values = new float[128];
        for (var i = 0; i < values.Length; i++) values[i] = (RandomNumberGenerator.GetInt32(-1000, 1001) / 1000f) * 0.15f;
        return values;
    }

    /// <summary>The descriptor moved by exactly <paramref name="distance"/> (Euclidean) in a random direction.</summary>
    public static float[] AtDistance(float[] descriptor, double distance)
    {
        var direction = RandomDescriptor();
        var norm = Math.Sqrt(direction.Sum(x => (double)x * x));
        return descriptor.Select((x, i) => (float)(x + direction[i] / norm * distance)).ToArray();
    }
}
