using System.Security.Cryptography;
using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class DeviceTests(IdentityFixture fixture)
{
    [Theory]
    [InlineData(DSASignatureFormat.IeeeP1363FixedFieldConcatenation)]
    [InlineData(DSASignatureFormat.Rfc3279DerSequence)]
    public async Task The_trusted_device_proves_itself_by_signing_the_challenge(DSASignatureFormat format)
    {
        var user = await fixture.RegisterAsync();
        var verification = await BeginDeviceAsync(user);
        var challenge = await fixture.CreateDeviceChallengeAsync(user, verification.VerificationId);
        Assert.Equal(32, challenge.Nonce.Length);

        var signature = user.DeviceKey.SignData(challenge.Nonce.ToByteArray(), HashAlgorithmName.SHA256, format);
        var result = await fixture.VerifyDeviceAsync(user, verification.VerificationId, challenge.ChallengeId, signature);

        Assert.True(result.Success);
        Assert.NotEmpty(result.Verification.Ticket);
    }

    [Fact]
    public async Task A_signature_by_another_key_or_over_other_data_fails()
    {
        var user = await fixture.RegisterAsync();
        var verification = await BeginDeviceAsync(user);
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var first = await fixture.CreateDeviceChallengeAsync(user, verification.VerificationId);
        var byStranger = stranger.SignData(first.Nonce.ToByteArray(), HashAlgorithmName.SHA256);
        Assert.Equal("mismatch", (await fixture.VerifyDeviceAsync(user, verification.VerificationId, first.ChallengeId, byStranger)).Reason);

        var second = await fixture.CreateDeviceChallengeAsync(user, verification.VerificationId);
        var overOther = user.DeviceKey.SignData(first.Nonce.ToByteArray(), HashAlgorithmName.SHA256);
        Assert.Equal("mismatch", (await fixture.VerifyDeviceAsync(user, verification.VerificationId, second.ChallengeId, overOther)).Reason);
    }

    [Fact]
    public async Task A_challenge_is_single_use_and_expires()
    {
        var user = await fixture.RegisterAsync();
        var verification = await BeginDeviceAsync(user, [Factor.TrustedDevice, Factor.PaymentPassword]);
        var challenge = await fixture.CreateDeviceChallengeAsync(user, verification.VerificationId);
        var signature = user.DeviceKey.SignData(challenge.Nonce.ToByteArray(), HashAlgorithmName.SHA256);

        Assert.True((await fixture.VerifyDeviceAsync(user, verification.VerificationId, challenge.ChallengeId, signature)).Success);
        Assert.Equal("replayed", (await fixture.VerifyDeviceAsync(user, verification.VerificationId, challenge.ChallengeId, signature)).Reason);

        var late = await fixture.CreateDeviceChallengeAsync(user, verification.VerificationId);
        fixture.Time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        var lateSignature = user.DeviceKey.SignData(late.Nonce.ToByteArray(), HashAlgorithmName.SHA256);
        Assert.Equal("expired", (await fixture.VerifyDeviceAsync(user, verification.VerificationId, late.ChallengeId, lateSignature)).Reason);
    }

    [Fact]
    public async Task Only_a_trusted_device_gets_a_challenge()
    {
        var user = await fixture.RegisterAsync(trustedDevice: false);
        var verification = await BeginDeviceAsync(user);
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.CreateDeviceChallengeAsync(user, verification.VerificationId));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task Devices_are_listed_and_removed_by_their_owner()
    {
        var user = await fixture.RegisterAsync();
        using var tablet = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var tabletId = NewDeviceId();
        await fixture.Client.RegisterDeviceAsync(
            new RegisterDeviceRequest { UserId = user.UserId, DeviceId = tabletId, PublicKey = Convert.ToBase64String(tablet.ExportSubjectPublicKeyInfo()), Name = "tablet" },
            fixture.Callers.User(user.UserId), Deadline);

        var listed = await fixture.Client.ListDevicesAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
        Assert.Equal(2, listed.Devices.Count(d => d.Trusted));
        Assert.Contains(listed.Devices, d => d.DeviceId == tabletId && d.Name == "tablet");

        var after = await fixture.Client.RemoveDeviceAsync(new RemoveDeviceRequest { UserId = user.UserId, DeviceId = tabletId }, fixture.Callers.User(user.UserId), Deadline);
        Assert.DoesNotContain(after.Devices, d => d.DeviceId == tabletId);
    }

    [Fact]
    public async Task Keys_that_are_not_p256_public_keys_are_refused()
    {
        var user = await fixture.RegisterAsync();
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var rsa = RSA.Create(2048);
        foreach (var key in new[] { "", "not base64!", Convert.ToBase64String(p384.ExportSubjectPublicKeyInfo()), Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()) })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.RegisterDeviceAsync(
                new RegisterDeviceRequest { UserId = user.UserId, DeviceId = NewDeviceId(), PublicKey = key },
                fixture.Callers.User(user.UserId), Deadline).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Contains("public_key", error.Status.Detail);
        }
        var listed = await fixture.Client.ListDevicesAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
        Assert.Single(listed.Devices);
    }

    private Task<Verification> BeginDeviceAsync(TestUser user, Factor[]? factors = null) =>
        fixture.BeginAsync(user, "withdrawal", factors ?? [Factor.TrustedDevice], "op-" + Guid.NewGuid(), 10_000, user.DeviceId);
}
