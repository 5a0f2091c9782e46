using Grpc.Core;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Identity.V1;
using Platform.Credit.Tests.Infrastructure;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class AuthorizationTests(CreditServiceFixture credit)
{
    [Fact]
    public async Task User_B_cannot_read_or_move_anything_on_user_As_line()
    {
        var a = NewUser();
        var b = NewUser();
        await credit.OpenLineAsync(a);
        await credit.ReserveAsync(a, "w-1", 10_000);
        var asB = credit.Callers.User(b);
        var client = credit.Client;

        Func<Task>[] calls =
        [
            () => client.GetLineAsync(new GetLineRequest { UserId = a }, asB, Deadline).ResponseAsync,
            () => client.ReserveAsync(new ReserveRequest { UserId = a, OperationId = "w-2", AmountFen = 1, Strength = VerificationStrength.Face }, asB, Deadline).ResponseAsync,
            () => client.PostAsync(new SettleHoldRequest { UserId = a, OperationId = "w-1" }, asB, Deadline).ResponseAsync,
            () => client.VoidAsync(new SettleHoldRequest { UserId = a, OperationId = "w-1" }, asB, Deadline).ResponseAsync,
            () => client.GetHoldAsync(new GetHoldRequest { UserId = a, OperationId = "w-1" }, asB, Deadline).ResponseAsync,
            () => client.SetUserLimitsAsync(new SetUserLimitsRequest { UserId = a, Limits = new UserLimits { SingleTransactionFen = 1, DailyFen = 1 } }, asB, Deadline).ResponseAsync,
            () => client.ListLedgerAsync(new ListLedgerRequest { UserId = a }, asB, Deadline).ResponseAsync,
            () => client.ListBillsAsync(new ListBillsRequest { UserId = a }, asB, Deadline).ResponseAsync,
            () => client.RepayAsync(new RepayRequest { UserId = a, OperationId = "r-1", AmountFen = 1 }, asB, Deadline).ResponseAsync,
            () => client.OpenLineAsync(new OpenLineRequest { UserId = a, LimitFen = 1, CashLimitFen = 1, StatementDay = 1 }, asB, Deadline).ResponseAsync,
        ];
        foreach (var call in calls) await FailsWith(StatusCode.PermissionDenied, call);

        var line = await credit.GetLineAsync(a);
        Assert.Equal((10_000L, 0L), (line.HeldFen, line.UsedFen));
        Assert.Equal(2, (await credit.ReadLedgerAsync(a)).Count);
    }

    [Fact]
    public async Task Unsigned_or_forged_calls_are_unauthenticated()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        var forged = credit.Callers.User(user);
        forged.Remove(forged.Get("x-caller-user")!);
        forged.Add("x-caller-user", NewUser());

        await FailsWith(StatusCode.Unauthenticated, () => credit.Client.GetLineAsync(new GetLineRequest { UserId = user }, deadline: Deadline).ResponseAsync);
        await FailsWith(StatusCode.Unauthenticated, () => credit.Client.GetLineAsync(new GetLineRequest { UserId = user }, forged, Deadline).ResponseAsync);
    }

    [Fact]
    public async Task Operators_open_and_read_lines_but_never_move_money()
    {
        var user = NewUser();
        var asOperator = credit.Callers.Operator();
        await credit.Client.OpenLineAsync(new OpenLineRequest { UserId = user, LimitFen = 20_000_000, CashLimitFen = 1_000_000, StatementDay = 28 }, asOperator, Deadline);

        var line = await credit.Client.GetLineAsync(new GetLineRequest { UserId = user }, asOperator, Deadline);
        await FailsWith(StatusCode.PermissionDenied, () => credit.Client.ReserveAsync(new ReserveRequest
        {
            UserId = user, OperationId = "w-1", AmountFen = 1, Strength = VerificationStrength.Face,
        }, asOperator, Deadline).ResponseAsync);

        Assert.Equal((20_000_000L, 0L), (line.LimitFen, line.HeldFen));
    }

    [Fact]
    public async Task A_user_may_open_their_own_line_only_up_to_the_self_service_limit()
    {
        var user = NewUser();
        var request = new OpenLineRequest { UserId = user, LimitFen = 5_000_001, CashLimitFen = 100_000, StatementDay = 1 };

        var error = await FailsWith(StatusCode.InvalidArgument, () => credit.Client.OpenLineAsync(request, credit.Callers.User(user), Deadline).ResponseAsync);
        request.LimitFen = 5_000_000;
        var line = await credit.Client.OpenLineAsync(request, credit.Callers.User(user), Deadline);
        var again = await credit.Client.OpenLineAsync(request, credit.Callers.User(user), Deadline);
        request.LimitFen = 4_000_000;
        var changed = await FailsWith(StatusCode.AlreadyExists, () => credit.Client.OpenLineAsync(request, credit.Callers.User(user), Deadline).ResponseAsync);

        Assert.Equal("limit_fen must be at most 5000000 for this caller (self-service onboarding)", error.Status.Detail);
        Assert.Equal(line, again);
        Assert.StartsWith("line_conflict:", changed.Status.Detail);
        Assert.Equal(new UserLimits { SingleTransactionFen = 5_000_000, DailyFen = 10_000_000 }, line.UserLimits);
    }
}
