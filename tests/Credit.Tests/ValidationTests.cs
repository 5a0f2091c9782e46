using Grpc.Core;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Identity.V1;
using Platform.Credit.Tests.Infrastructure;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class ValidationTests(CreditServiceFixture credit)
{
    public static TheoryData<string, string> BadRequests => new()
    {
        { "reserve amount zero", "amount_fen must be positive" },
        { "reserve amount negative", "amount_fen must be positive" },
        { "reserve without strength", "strength must be PASSWORD, FACE or FACE_AND_SMS" },
        { "reserve unknown strength", "strength must be PASSWORD, FACE or FACE_AND_SMS" },
        { "reserve negative expiry", "expires_in_seconds must be between 0 (the default) and 604800" },
        { "reserve expiry too long", "expires_in_seconds must be between 0 (the default) and 604800" },
        { "reserve empty operation", "operation_id must be 1-128 characters of letters, digits and . _ : @ -" },
        { "reserve operation with braces", "operation_id must be 1-128 characters of letters, digits and . _ : @ -" },
        { "reserve operation too long", "operation_id must be 1-128 characters of letters, digits and . _ : @ -" },
        { "void reason too long", "reason must be at most 200 characters" },
        { "post operation with a space", "operation_id must be 1-128 characters of letters, digits and . _ : @ -" },
        { "repay amount zero", "amount_fen must be positive" },
        { "set limits missing", "limits is required" },
        { "open line cash above limit", "cash_limit_fen must be at most limit_fen" },
        { "open line statement day 29", "statement_day must be between 1 and 28" },
        { "open line limit above the system maximum", "limit_fen must be at most 20000000 for this caller" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_field_is_named_and_nothing_changes(string name, string message)
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.ReserveAsync(user, "w-1", 10_000);
        var lineBefore = await credit.GetLineAsync(user);
        var ledgerBefore = await credit.ReadLedgerAsync(user);

        var error = await FailsWith(StatusCode.InvalidArgument, () => Send(name, user));

        Assert.Equal(message, error.Status.Detail);
        Assert.Equal(lineBefore, await credit.GetLineAsync(user));
        Assert.Equal(ledgerBefore, await credit.ReadLedgerAsync(user));
    }

    [Fact]
    public async Task A_user_id_that_could_break_out_of_its_key_is_invalid()
    {
        const string hostile = "a}:line";
        var error = await FailsWith(StatusCode.InvalidArgument, () => credit.Client.GetLineAsync(
            new GetLineRequest { UserId = hostile }, credit.Callers.User(hostile), Deadline).ResponseAsync);

        Assert.Equal("user_id must be 1-128 characters of letters, digits and . _ : @ -", error.Status.Detail);
    }

    [Fact]
    public async Task A_missing_user_id_is_invalid()
    {
        var error = await FailsWith(StatusCode.InvalidArgument, () => credit.Client.GetLineAsync(
            new GetLineRequest(), credit.Callers.User("someone"), Deadline).ResponseAsync);

        Assert.Equal("user_id is required", error.Status.Detail);
    }

    private Task Send(string name, string user)
    {
        var client = credit.Client;
        var asUser = credit.Callers.System(user);
        ReserveRequest Reserve(Action<ReserveRequest> change)
        {
            var request = new ReserveRequest { UserId = user, OperationId = "w-2", AmountFen = 100, Strength = VerificationStrength.Face };
            change(request);
            return request;
        }
        OpenLineRequest Open(Action<OpenLineRequest> change)
        {
            var request = new OpenLineRequest { UserId = NewUser(), LimitFen = 100_000, CashLimitFen = 50_000, StatementDay = 1 };
            change(request);
            return request;
        }

        return name switch
        {
            "reserve amount zero" => client.ReserveAsync(Reserve(r => r.AmountFen = 0), asUser, Deadline).ResponseAsync,
            "reserve amount negative" => client.ReserveAsync(Reserve(r => r.AmountFen = -5), asUser, Deadline).ResponseAsync,
            "reserve without strength" => client.ReserveAsync(Reserve(r => r.Strength = VerificationStrength.Unspecified), asUser, Deadline).ResponseAsync,
            "reserve unknown strength" => client.ReserveAsync(Reserve(r => r.Strength = (VerificationStrength)42), asUser, Deadline).ResponseAsync,
            "reserve negative expiry" => client.ReserveAsync(Reserve(r => r.ExpiresInSeconds = -1), asUser, Deadline).ResponseAsync,
            "reserve expiry too long" => client.ReserveAsync(Reserve(r => r.ExpiresInSeconds = 604_801), asUser, Deadline).ResponseAsync,
            "reserve empty operation" => client.ReserveAsync(Reserve(r => r.OperationId = ""), asUser, Deadline).ResponseAsync,
            "reserve operation with braces" => client.ReserveAsync(Reserve(r => r.OperationId = "w}:line"), asUser, Deadline).ResponseAsync,
            "reserve operation too long" => client.ReserveAsync(Reserve(r => r.OperationId = new string('x', 129)), asUser, Deadline).ResponseAsync,
            "void reason too long" => client.VoidAsync(new SettleHoldRequest { UserId = user, OperationId = "w-1", Reason = new string('r', 201) }, asUser, Deadline).ResponseAsync,
            "post operation with a space" => client.PostAsync(new SettleHoldRequest { UserId = user, OperationId = "w 1" }, asUser, Deadline).ResponseAsync,
            "repay amount zero" => client.RepayAsync(new RepayRequest { UserId = user, OperationId = "r-1" }, asUser, Deadline).ResponseAsync,
            "set limits missing" => client.SetUserLimitsAsync(new SetUserLimitsRequest { UserId = user }, asUser, Deadline).ResponseAsync,
            "open line cash above limit" => client.OpenLineAsync(Open(r => r.CashLimitFen = 100_001), credit.Callers.Operator(), Deadline).ResponseAsync,
            "open line statement day 29" => client.OpenLineAsync(Open(r => r.StatementDay = 29), credit.Callers.Operator(), Deadline).ResponseAsync,
            "open line limit above the system maximum" => client.OpenLineAsync(Open(r => r.LimitFen = 20_000_001), credit.Callers.Operator(), Deadline).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such bad request"),
        };
    }
}
