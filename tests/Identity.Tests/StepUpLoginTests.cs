using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class StepUpLoginTests(IdentityFixture fixture)
{
    [Fact]
    public async Task A_login_from_a_new_device_withholds_tokens_until_an_sms_code_completes_the_verification()
    {
        var user = await fixture.RegisterAsync();
        var newDevice = NewDeviceId();

        var first = await LoginAsync(user, newDevice);
        Assert.True(first.StepUpRequired);
        Assert.Empty(first.AccessToken);
        Assert.Empty(first.RefreshToken);
        Assert.Equal("login", first.Verification.Purpose);
        Assert.Equal(newDevice, first.Verification.OperationId);
        Assert.Equal([Factor.SmsCode], first.Verification.RequiredFactors);

        var result = await fixture.VerifySmsAsync(user, first.Verification.VerificationId);
        Assert.True(result.Success);
        Assert.NotEmpty(result.Verification.Ticket);

        var second = await LoginAsync(user, newDevice, result.Verification.Ticket);
        Assert.False(second.StepUpRequired);
        Assert.NotEmpty(second.AccessToken);

        var replay = await Assert.ThrowsAsync<RpcException>(() => LoginAsync(user, newDevice, result.Verification.Ticket));
        Assert.Equal(StatusCode.FailedPrecondition, replay.StatusCode);
        Assert.Contains("replayed", replay.Status.Detail);
    }

    [Fact]
    public async Task The_login_ticket_only_opens_the_device_it_was_issued_for()
    {
        var user = await fixture.RegisterAsync();
        var newDevice = NewDeviceId();
        var first = await LoginAsync(user, newDevice);
        var result = await fixture.VerifySmsAsync(user, first.Verification.VerificationId);

        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => LoginAsync(user, NewDeviceId(), result.Verification.Ticket));
        Assert.Equal(StatusCode.FailedPrecondition, elsewhere.StatusCode);
        Assert.NotEmpty((await LoginAsync(user, newDevice, result.Verification.Ticket)).AccessToken);
    }

    [Fact]
    public async Task A_new_device_login_needs_the_face_too_once_one_is_enrolled_and_is_announced_as_a_security_event()
    {
        var user = await fixture.RegisterAsync();
        var face = RandomDescriptor();
        await fixture.EnrolFaceAsync(user, face);

        var first = await LoginAsync(user, NewDeviceId());
        Assert.Equal([Factor.SmsCode, Factor.Face], first.Verification.RequiredFactors);
        var sms = await fixture.VerifySmsAsync(user, first.Verification.VerificationId);
        Assert.True(sms.Success);
        Assert.Empty(sms.Verification.Ticket);
        var faceResult = await fixture.VerifyFaceAsync(user, first.Verification.VerificationId, AtDistance(face, 0.2));
        Assert.True(faceResult.Success);
        Assert.NotEmpty(faceResult.Verification.Ticket);

        var events = await fixture.Client.ListSecurityEventsAsync(
            new ListSecurityEventsRequest { UserId = user.UserId, PageSize = 50 }, fixture.Callers.User(user.UserId), Deadline);
        Assert.Contains(events.Events, e => e.Type == "login_new_device");
    }

    [Fact]
    public async Task A_device_registered_with_a_key_is_trusted_from_then_on()
    {
        var user = await fixture.RegisterAsync(trustedDevice: false);
        Assert.True((await LoginAsync(user, user.DeviceId)).StepUpRequired);

        await fixture.Client.RegisterDeviceAsync(
            new RegisterDeviceRequest { UserId = user.UserId, DeviceId = user.DeviceId, PublicKey = user.PublicKey, Name = "phone" },
            fixture.Callers.User(user.UserId), Deadline);
        Assert.False((await LoginAsync(user, user.DeviceId)).StepUpRequired);
    }

    private Task<Session> LoginAsync(TestUser user, string deviceId, string ticket = "") =>
        fixture.Client.LoginAsync(
            new LoginRequest { Phone = user.Phone, LoginPassword = user.LoginPassword, DeviceId = deviceId, VerificationTicket = ticket },
            fixture.Anonymous, Deadline).ResponseAsync;
}
