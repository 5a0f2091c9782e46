using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class SecurityCentreTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Changing_the_login_password_needs_a_ticket_and_signs_other_sessions_out()
    {
        var user = await fixture.RegisterAsync();
        var withoutTicket = await Assert.ThrowsAsync<RpcException>(() => ChangeLoginPasswordAsync(user, "tk_forged", "brand new 77"));
        Assert.Equal(StatusCode.FailedPrecondition, withoutTicket.StatusCode);

        var ticket = await fixture.TicketForAsync(user, "change_password");
        var status = await ChangeLoginPasswordAsync(user, ticket, "brand new 77");
        Assert.NotNull(status.LastCredentialChangeAt);

        var old = await Assert.ThrowsAsync<RpcException>(() => LoginAsync(user, user.LoginPassword));
        Assert.Equal(StatusCode.Unauthenticated, old.StatusCode);
        Assert.NotEmpty((await LoginAsync(user, "brand new 77")).AccessToken);
        var revoked = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Client.RefreshAsync(new RefreshRequest { RefreshToken = user.Session.RefreshToken }, fixture.Anonymous, Deadline).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, revoked.StatusCode);
        var replay = await Assert.ThrowsAsync<RpcException>(() => ChangeLoginPasswordAsync(user, ticket, "another one 88"));
        Assert.Contains("replayed", replay.Status.Detail);
    }

    [Fact]
    public async Task A_new_payment_password_lifts_the_lock()
    {
        var user = await fixture.RegisterAsync();
        var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 100);
        for (var i = 0; i < 5; i++) await fixture.VerifyPaymentPasswordAsync(user, verification.VerificationId, "135792");
        Assert.True((await StatusAsync(user)).PaymentPasswordLocked);

        var ticket = await fixture.TicketForAsync(user, "change_payment_password");
        var status = await fixture.Client.ChangePaymentPasswordAsync(
            new ChangePasswordRequest { UserId = user.UserId, Ticket = ticket, NewPassword = "370915" }, fixture.Callers.User(user.UserId), Deadline);
        Assert.False(status.PaymentPasswordLocked);

        var fresh = await fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 100);
        Assert.Equal("mismatch", (await fixture.VerifyPaymentPasswordAsync(user, fresh.VerificationId, user.PaymentPassword)).Reason);
        Assert.True((await fixture.VerifyPaymentPasswordAsync(user, fresh.VerificationId, "370915")).Success);
    }

    [Fact]
    public async Task A_frozen_account_cannot_log_in_refresh_or_verify()
    {
        var user = await fixture.RegisterAsync();
        var pending = await fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 100);

        var status = await fixture.Client.FreezeAsync(new FreezeRequest { UserId = user.UserId, Reason = "lost my phone" }, fixture.Callers.User(user.UserId), Deadline);
        Assert.True(status.Frozen);

        Assert.Equal(StatusCode.FailedPrecondition, (await Assert.ThrowsAsync<RpcException>(() => LoginAsync(user, user.LoginPassword))).StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Client.RefreshAsync(new RefreshRequest { RefreshToken = user.Session.RefreshToken }, fixture.Anonymous, Deadline).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, (await Assert.ThrowsAsync<RpcException>(() =>
            fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 100))).StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, (await Assert.ThrowsAsync<RpcException>(() =>
            fixture.VerifyPaymentPasswordAsync(user, pending.VerificationId))).StatusCode);
    }

    [Fact]
    public async Task Status_and_events_describe_the_account()
    {
        var user = await fixture.RegisterAsync();
        await fixture.Client.BindCardAsync(
            new BindCardRequest { UserId = user.UserId, CardNumber = "6222020200112233446", HolderName = "Zhang San", BankCode = "ICBC" },
            fixture.Callers.User(user.UserId), Deadline);

        var status = await StatusAsync(user);
        Assert.True(status.PaymentPasswordSet);
        Assert.Equal(1, status.TrustedDevices);
        Assert.Equal(1, status.BoundCards);
        Assert.False(status.FaceEnrolled);
        Assert.False(status.Frozen);

        var events = await fixture.Client.ListSecurityEventsAsync(
            new ListSecurityEventsRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
        Assert.Equal(["card_bound", "device_trusted", "registered"], events.Events.Select(e => e.Type));
        Assert.Equal("****3446", events.Events[0].Detail);

        var byOperator = await fixture.Client.GetSecurityStatusAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.Operator(), Deadline);
        Assert.Equal(status, byOperator);
    }

    private Task<SecurityStatus> ChangeLoginPasswordAsync(TestUser user, string ticket, string password) =>
        fixture.Client.ChangeLoginPasswordAsync(
            new ChangePasswordRequest { UserId = user.UserId, Ticket = ticket, NewPassword = password }, fixture.Callers.User(user.UserId), Deadline).ResponseAsync;

    private Task<Session> LoginAsync(TestUser user, string password) =>
        fixture.Client.LoginAsync(new LoginRequest { Phone = user.Phone, LoginPassword = password, DeviceId = user.DeviceId },
            fixture.Anonymous, Deadline).ResponseAsync;

    private async Task<SecurityStatus> StatusAsync(TestUser user) =>
        await fixture.Client.GetSecurityStatusAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
}
