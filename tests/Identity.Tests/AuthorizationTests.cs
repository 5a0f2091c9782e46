using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class AuthorizationTests(IdentityFixture fixture)
{
    [Fact]
    public async Task A_user_cannot_read_or_change_another_users_cards_devices_or_verifications()
    {
        var alice = await fixture.RegisterAsync();
        var bob = await fixture.RegisterAsync();
        var card = await fixture.Client.BindCardAsync(
            new BindCardRequest { UserId = alice.UserId, CardNumber = "6222020200112233446", HolderName = "Alice", BankCode = "ICBC" },
            fixture.Callers.User(alice.UserId), Deadline);
        var verification = await fixture.BeginAsync(alice, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 100);
        var asBob = fixture.Callers.User(bob.UserId);

        Func<Task>[] calls =
        [
            () => fixture.Client.ListCardsAsync(new UserRequest { UserId = alice.UserId }, asBob, Deadline).ResponseAsync,
            () => fixture.Client.GetCardAsync(new GetCardRequest { UserId = alice.UserId, CardId = card.CardId }, asBob, Deadline).ResponseAsync,
            () => fixture.Client.ListDevicesAsync(new UserRequest { UserId = alice.UserId }, asBob, Deadline).ResponseAsync,
            () => fixture.Client.RemoveDeviceAsync(new RemoveDeviceRequest { UserId = alice.UserId, DeviceId = alice.DeviceId }, asBob, Deadline).ResponseAsync,
            () => fixture.Client.GetVerificationAsync(new GetVerificationRequest { UserId = alice.UserId, VerificationId = verification.VerificationId }, asBob, Deadline).ResponseAsync,
            () => fixture.Client.VerifyPaymentPasswordAsync(
                new VerifyPaymentPasswordRequest { UserId = alice.UserId, VerificationId = verification.VerificationId, PaymentPassword = "123123" }, asBob, Deadline).ResponseAsync,
            () => fixture.Client.GetSecurityStatusAsync(new UserRequest { UserId = alice.UserId }, asBob, Deadline).ResponseAsync,
            () => fixture.Client.FreezeAsync(new FreezeRequest { UserId = alice.UserId }, asBob, Deadline).ResponseAsync,
        ];
        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<RpcException>(call);
            Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        }

        // Bob's own card lookup by Alice's card id finds nothing; Alice still sees hers, unchanged.
        var none = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.GetCardAsync(
            new GetCardRequest { UserId = bob.UserId, CardId = card.CardId }, asBob, Deadline).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, none.StatusCode);
        var mine = await fixture.Client.ListDevicesAsync(new UserRequest { UserId = alice.UserId }, fixture.Callers.User(alice.UserId), Deadline);
        Assert.Single(mine.Devices);
        var status = await fixture.Client.GetSecurityStatusAsync(new UserRequest { UserId = alice.UserId }, fixture.Callers.User(alice.UserId), Deadline);
        Assert.False(status.Frozen);
        Assert.Equal(1, status.BoundCards);
    }

    [Fact]
    public async Task Unsigned_or_forged_calls_are_unauthenticated()
    {
        var user = await fixture.RegisterAsync();
        var unsigned = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Client.ListCardsAsync(new UserRequest { UserId = user.UserId }, deadline: Deadline).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, unsigned.StatusCode);

        var forged = fixture.Callers.User("someone-else");
        var entry = forged.Single(e => e.Key == "x-caller-user");
        forged.Remove(entry);
        forged.Add("x-caller-user", user.UserId);
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Client.ListCardsAsync(new UserRequest { UserId = user.UserId }, forged, Deadline).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);

        var anonymousLogin = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.LoginAsync(
            new LoginRequest { Phone = user.Phone, LoginPassword = user.LoginPassword, DeviceId = user.DeviceId }, deadline: Deadline).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, anonymousLogin.StatusCode);
    }

    [Fact]
    public async Task Cards_are_bound_once_per_number_and_shown_only_masked()
    {
        var user = await fixture.RegisterAsync();
        var request = new BindCardRequest { UserId = user.UserId, CardNumber = "4111111111111111", HolderName = "Wang Fang", BankCode = "CMB" };
        var first = await fixture.Client.BindCardAsync(request, fixture.Callers.User(user.UserId), Deadline);
        var second = await fixture.Client.BindCardAsync(request, fixture.Callers.User(user.UserId), Deadline);

        Assert.Equal(first.CardId, second.CardId);
        Assert.Equal("1111", first.Last4);
        Assert.Equal(64, first.CardFingerprint.Length);
        var other = await fixture.RegisterAsync();
        var theirs = await fixture.Client.BindCardAsync(
            new BindCardRequest { UserId = other.UserId, CardNumber = request.CardNumber, HolderName = "Li Lei", BankCode = "CMB" },
            fixture.Callers.User(other.UserId), Deadline);
        Assert.Equal(first.CardFingerprint, theirs.CardFingerprint);
        var cards = await fixture.Client.ListCardsAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
        Assert.Single(cards.Cards);
    }
}
