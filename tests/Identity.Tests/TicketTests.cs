using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class TicketTests(IdentityFixture fixture)
{
    [Fact]
    public async Task A_ticket_is_redeemed_exactly_once_with_its_binding_and_names_the_strength()
    {
        var (user, operationId, ticket) = await TicketAsync(50_000);

        var wrongAmount = await Assert.ThrowsAsync<RpcException>(() => RedeemAsync(user, ticket, "withdrawal", operationId, 50_001));
        Assert.Equal(StatusCode.FailedPrecondition, wrongAmount.StatusCode);
        var wrongOperation = await Assert.ThrowsAsync<RpcException>(() => RedeemAsync(user, ticket, "withdrawal", "op-other", 50_000));
        Assert.Equal(StatusCode.FailedPrecondition, wrongOperation.StatusCode);
        var wrongPurpose = await Assert.ThrowsAsync<RpcException>(() => RedeemAsync(user, ticket, "change_password", operationId, 50_000));
        Assert.Equal(StatusCode.FailedPrecondition, wrongPurpose.StatusCode);

        var redeemed = await RedeemAsync(user, ticket, "withdrawal", operationId, 50_000);
        Assert.Equal(VerificationStrength.FaceAndSms, redeemed.Strength);
        Assert.Equal([Factor.SmsCode, Factor.Face], redeemed.Factors.Order());

        var replay = await Assert.ThrowsAsync<RpcException>(() => RedeemAsync(user, ticket, "withdrawal", operationId, 50_000));
        Assert.Equal(StatusCode.FailedPrecondition, replay.StatusCode);
        Assert.Contains("replayed", replay.Status.Detail);
    }

    [Fact]
    public async Task A_ticket_belongs_to_its_user_and_expires()
    {
        var (user, operationId, ticket) = await TicketAsync(1_000);
        var other = await fixture.RegisterAsync();
        var stolen = await Assert.ThrowsAsync<RpcException>(() => RedeemAsync(other, ticket, "withdrawal", operationId, 1_000));
        Assert.Contains("not valid", stolen.Status.Detail);

        fixture.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var expired = await Assert.ThrowsAsync<RpcException>(() => RedeemAsync(user, ticket, "withdrawal", operationId, 1_000));
        Assert.Contains("expired", expired.Status.Detail);
    }

    [Fact]
    public async Task Only_a_service_opens_withdrawal_verifications_and_redeems_tickets()
    {
        var user = await fixture.RegisterAsync();
        var request = new BeginVerificationRequest { UserId = user.UserId, Purpose = "withdrawal", OperationId = "op-1", AmountFen = 1 };
        request.RequiredFactors.Add(Factor.PaymentPassword);
        var begin = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.BeginVerificationAsync(request, fixture.Callers.User(user.UserId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, begin.StatusCode);

        var (owner, operationId, ticket) = await TicketAsync(1_000);
        var redeem = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.RedeemTicketAsync(
            new RedeemTicketRequest { UserId = owner.UserId, Ticket = ticket, Purpose = "withdrawal", OperationId = operationId, AmountFen = 1_000 },
            fixture.Callers.User(owner.UserId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, redeem.StatusCode);
        // The refused attempt did not use the ticket up.
        Assert.Equal(VerificationStrength.FaceAndSms, (await RedeemAsync(owner, ticket, "withdrawal", operationId, 1_000)).Strength);
    }

    [Fact]
    public async Task Self_service_factors_are_decided_by_identity()
    {
        var user = await fixture.RegisterAsync();
        var verification = await fixture.BeginAsync(user, "change_password");
        Assert.Equal([Factor.SmsCode, Factor.PaymentPassword], verification.RequiredFactors);

        var request = new BeginVerificationRequest { UserId = user.UserId, Purpose = "change_password" };
        request.RequiredFactors.Add(Factor.TrustedDevice);
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.BeginVerificationAsync(request, fixture.Callers.User(user.UserId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    /// <summary>A withdrawal verification asking for face and an SMS code, completed: its ticket.</summary>
    private async Task<(TestUser User, string OperationId, string Ticket)> TicketAsync(long amountFen)
    {
        var user = await fixture.RegisterAsync();
        var face = RandomDescriptor();
        await fixture.EnrolFaceAsync(user, face);
        var operationId = "op-" + Guid.NewGuid();
        var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.Face, Factor.SmsCode], operationId, amountFen);
        Assert.True((await fixture.VerifyFaceAsync(user, verification.VerificationId, face)).Success);
        var last = await fixture.VerifySmsAsync(user, verification.VerificationId);
        Assert.True(last.Success);
        return (user, operationId, last.Verification.Ticket);
    }

    private Task<RedeemTicketResponse> RedeemAsync(TestUser user, string ticket, string purpose, string operationId, long amountFen) =>
        fixture.Client.RedeemTicketAsync(
            new RedeemTicketRequest { UserId = user.UserId, Ticket = ticket, Purpose = purpose, OperationId = operationId, AmountFen = amountFen },
            fixture.Callers.System(user.UserId), Deadline).ResponseAsync;
}
