using Grpc.Core;
using Platform.Contracts.Withdrawal.V1;
using Platform.Withdrawal.Tests.Stack;

namespace Platform.Withdrawal.Tests;

/// <summary>Only the signed user reaches their own withdrawals; bad input is INVALID_ARGUMENT naming the field and changes nothing.</summary>
[Collection(StackCollection.Name)]
public sealed class AuthorizationAndInputTests(StackFixture stack)
{
    private readonly SagaProbe _probe = new(stack);

    [Fact]
    public async Task User_b_can_neither_read_nor_confirm_user_a_s_withdrawal()
    {
        var alice = await _probe.Customers.CreateAsync(enrollFace: false);
        var bob = await _probe.Customers.CreateAsync(enrollFace: false);
        var mine = await _probe.CreateAsync(alice, 10_000);
        var client = stack.WithdrawalClient;

        await SagaProbe.FailsWith(StatusCode.PermissionDenied, async () => await client.GetAsync(
            new GetWithdrawalRequest { UserId = alice.UserId, WithdrawalId = mine.WithdrawalId }, stack.Callers.User(bob.UserId), Customers.Deadline));
        await SagaProbe.FailsWith(StatusCode.NotFound, async () => await client.GetAsync(
            new GetWithdrawalRequest { UserId = bob.UserId, WithdrawalId = mine.WithdrawalId }, stack.Callers.User(bob.UserId), Customers.Deadline));
        await SagaProbe.FailsWith(StatusCode.PermissionDenied, async () => await client.ListAsync(
            new ListWithdrawalsRequest { UserId = alice.UserId }, stack.Callers.User(bob.UserId), Customers.Deadline));
        await SagaProbe.FailsWith(StatusCode.PermissionDenied, async () => await client.ConfirmAsync(
            new ConfirmWithdrawalRequest { UserId = alice.UserId, WithdrawalId = mine.WithdrawalId, Ticket = "t" },
            stack.Callers.User(bob.UserId), Customers.Deadline));
        await SagaProbe.FailsWith(StatusCode.NotFound, async () => await client.ConfirmAsync(
            new ConfirmWithdrawalRequest { UserId = bob.UserId, WithdrawalId = mine.WithdrawalId, Ticket = "t" },
            stack.Callers.User(bob.UserId), Customers.Deadline));
        await SagaProbe.FailsWith(StatusCode.Unauthenticated, async () => await client.GetAsync(
            new GetWithdrawalRequest { UserId = alice.UserId, WithdrawalId = mine.WithdrawalId }, new Metadata(), Customers.Deadline));
        await SagaProbe.FailsWith(StatusCode.PermissionDenied, async () => await client.CreateAsync(new CreateWithdrawalRequest
        {
            UserId = alice.UserId, IdempotencyKey = "k1", AmountFen = 100, CardId = alice.CardId,
        }, stack.Callers.User(bob.UserId), Customers.Deadline));

        Assert.Equal(WithdrawalStatus.VerificationRequired, (await _probe.GetAsync(alice, mine.WithdrawalId)).Status);
    }

    [Fact]
    public async Task A_card_of_another_account_is_not_found_and_nothing_is_created()
    {
        var alice = await _probe.Customers.CreateAsync(enrollFace: false);
        var bob = await _probe.Customers.CreateAsync(enrollFace: false);

        await SagaProbe.FailsWith(StatusCode.NotFound, () => _probe.CreateAsync(alice with { CardId = bob.CardId }, 10_000));

        Assert.Empty(await ListAsync(alice));
    }

    public static TheoryData<string, Action<CreateWithdrawalRequest>> BadCreates => new()
    {
        { "amount_fen must be positive", r => r.AmountFen = 0 },
        { "amount_fen must be positive", r => r.AmountFen = -5 },
        { "amount_fen must be at most", r => r.AmountFen = long.MaxValue },
        { "idempotency_key is required", r => r.IdempotencyKey = "" },
        { "idempotency_key must be", r => r.IdempotencyKey = "has spaces" },
        { "idempotency_key must be", r => r.IdempotencyKey = new string('k', 129) },
        { "card_id is required", r => r.CardId = "" },
        { "card_id must be", r => r.CardId = "{u:other}" },
        { "device_id must be", r => r.DeviceId = "bad\ndevice" },
        { "client_ip is not an IP address", r => r.ClientIp = "not-an-ip" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task A_bad_create_request_names_the_field_and_creates_nothing(string message, Action<CreateWithdrawalRequest> spoil)
    {
        var customer = await _probe.Customers.CreateAsync(enrollFace: false);
        var request = new CreateWithdrawalRequest
        {
            UserId = customer.UserId, IdempotencyKey = "key-1", AmountFen = 10_000, CardId = customer.CardId,
            DeviceId = customer.DeviceId, ClientIp = "10.0.0.1",
        };
        spoil(request);

        var error = await SagaProbe.FailsWith(StatusCode.InvalidArgument, async () =>
            await stack.WithdrawalClient.CreateAsync(request, stack.Callers.User(customer.UserId), Customers.Deadline));

        Assert.Contains(message, error.Status.Detail);
        Assert.Empty(await ListAsync(customer));
    }

    [Fact]
    public async Task Bad_ids_tickets_and_pages_are_invalid_arguments()
    {
        var customer = await _probe.Customers.CreateAsync(enrollFace: false);
        var client = stack.WithdrawalClient;
        var user = stack.Callers.User(customer.UserId);

        await Invalid("withdrawal_id is not valid", async () => await client.GetAsync(
            new GetWithdrawalRequest { UserId = customer.UserId, WithdrawalId = "../../etc" }, user, Customers.Deadline));
        await Invalid("withdrawal_id is required", async () => await client.ConfirmAsync(
            new ConfirmWithdrawalRequest { UserId = customer.UserId, Ticket = "t" }, user, Customers.Deadline));
        await Invalid("ticket is required", async () => await client.ConfirmAsync(
            new ConfirmWithdrawalRequest { UserId = customer.UserId, WithdrawalId = "wd_" + new string('0', 32) }, user, Customers.Deadline));
        await Invalid("page_size must be between", async () => await client.ListAsync(
            new ListWithdrawalsRequest { UserId = customer.UserId, PageSize = -1 }, user, Customers.Deadline));
        await Invalid("page_size must be between", async () => await client.ListAsync(
            new ListWithdrawalsRequest { UserId = customer.UserId, PageSize = 101 }, user, Customers.Deadline));
        await Invalid("page_token is not valid", async () => await client.ListAsync(
            new ListWithdrawalsRequest { UserId = customer.UserId, PageToken = "garbage" }, user, Customers.Deadline));
        await Invalid("user_id is required", async () => await client.GetAsync(
            new GetWithdrawalRequest { WithdrawalId = "wd_" + new string('0', 32) }, user, Customers.Deadline));
    }

    private static async Task Invalid(string message, Func<Task> call) =>
        Assert.Contains(message, (await SagaProbe.FailsWith(StatusCode.InvalidArgument, call)).Status.Detail);

    private async Task<IReadOnlyList<Contracts.Withdrawal.V1.Withdrawal>> ListAsync(Customer customer) =>
        (await stack.WithdrawalClient.ListAsync(new ListWithdrawalsRequest { UserId = customer.UserId, PageSize = 100 },
            stack.Callers.User(customer.UserId), Customers.Deadline)).Withdrawals;
}
