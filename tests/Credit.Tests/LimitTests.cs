using Grpc.Core;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Identity.V1;
using Platform.Credit.Tests.Infrastructure;
using static Platform.Credit.Tests.Infrastructure.CreditServiceFixture;

namespace Platform.Credit.Tests;

[Collection(CreditCollection.Name)]
public sealed class LimitTests(CreditServiceFixture credit)
{
    [Theory]
    [InlineData(VerificationStrength.Password, 200_000)]
    [InlineData(VerificationStrength.Face, 2_000_000)]
    [InlineData(VerificationStrength.FaceAndSms, 5_000_000)]
    public async Task Each_strength_caps_a_single_transaction(VerificationStrength strength, long capFen)
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 20_000_000, cashLimitFen: 20_000_000);

        var error = await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "over", capFen + 1, strength));
        var atCap = await credit.ReserveAsync(user, "at-cap", capFen, strength);

        Assert.StartsWith("single_limit_exceeded:", error.Status.Detail);
        Assert.Equal("single_limit_exceeded", error.Trailers.GetValue("credit-reason"));
        Assert.Equal(capFen, atCap.Line.HeldFen);
    }

    [Fact]
    public async Task Each_strength_caps_the_daily_total()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 20_000_000, cashLimitFen: 20_000_000);
        await credit.ReserveAsync(user, "p-1", 200_000, VerificationStrength.Password);
        await credit.ReserveAsync(user, "p-2", 200_000, VerificationStrength.Password);

        var error = await FailsWith(StatusCode.FailedPrecondition,
            () => credit.ReserveAsync(user, "p-3", 100_001, VerificationStrength.Password));
        var stronger = await credit.ReserveAsync(user, "f-1", 100_001, VerificationStrength.Face);

        Assert.StartsWith("daily_limit_exceeded:", error.Status.Detail);
        Assert.Equal(500_001, stronger.Line.WithdrawnTodayFen);
    }

    [Fact]
    public async Task User_limits_apply_below_the_caps()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user);
        await credit.Client.SetUserLimitsAsync(new SetUserLimitsRequest
        {
            UserId = user, Limits = new UserLimits { SingleTransactionFen = 50_000, DailyFen = 80_000 },
        }, credit.Callers.User(user), Deadline);

        var single = await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "big", 50_001));
        await credit.ReserveAsync(user, "a", 50_000);
        var daily = await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "b", 30_001));
        var last = await credit.ReserveAsync(user, "c", 30_000);

        Assert.Equal("single_limit_exceeded: amount_fen 50001 is above the single-transaction limit of 50000 fen", single.Status.Detail);
        Assert.Equal("daily_limit_exceeded: amount_fen 30001 is above the 30000 fen left of today's limit", daily.Status.Detail);
        Assert.Equal(80_000, last.Line.WithdrawnTodayFen);
    }

    [Fact]
    public async Task A_voided_hold_gives_back_its_share_of_the_day_and_a_new_local_day_starts_afresh()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 20_000_000, cashLimitFen: 20_000_000);
        await credit.ReserveAsync(user, "a", 200_000, VerificationStrength.Password);
        await credit.ReserveAsync(user, "b", 200_000, VerificationStrength.Password);
        await credit.PostAsync(user, "a");
        await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "c", 200_000, VerificationStrength.Password));

        await credit.VoidAsync(user, "b");
        await credit.ReserveAsync(user, "c", 200_000, VerificationStrength.Password);
        await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "d", 200_000, VerificationStrength.Password));

        credit.Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await credit.ReserveAsync(user, "d", 200_000, VerificationStrength.Password);
        Assert.Equal(200_000, nextDay.Line.WithdrawnTodayFen);
    }

    [Fact]
    public async Task Available_credit_and_the_cash_sub_limit_bound_every_reserve()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 100_000, cashLimitFen: 80_000);

        var overCash = await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "a", 80_001));
        await credit.ReserveAsync(user, "a", 80_000);
        var nothingLeft = await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "b", 1));

        Assert.Equal("insufficient_credit: amount_fen 80001 is above the 80000 fen of cash credit available", overCash.Status.Detail);
        Assert.Equal("insufficient_credit", nothingLeft.Trailers.GetValue("credit-reason"));
        var line = await credit.GetLineAsync(user);
        Assert.Equal((80_000L, 20_000L, 0L), (line.HeldFen, line.AvailableFen, line.CashAvailableFen));
    }

    [Fact]
    public async Task Repaying_restores_credit_for_new_withdrawals()
    {
        var user = NewUser();
        await credit.OpenLineAsync(user, limitFen: 100_000, cashLimitFen: 100_000);
        await credit.ReserveAsync(user, "a", 100_000);
        await credit.PostAsync(user, "a");
        await FailsWith(StatusCode.FailedPrecondition, () => credit.ReserveAsync(user, "b", 30_000));

        await credit.Client.RepayAsync(new RepayRequest { UserId = user, OperationId = "r-1", AmountFen = 30_000 },
            credit.Callers.User(user), Deadline);

        var hold = await credit.ReserveAsync(user, "b", 30_000);
        Assert.Equal((30_000L, 70_000L, 0L), (hold.Line.HeldFen, hold.Line.UsedFen, hold.Line.AvailableFen));
    }

    [Theory]
    [InlineData(0, 100, "limits.single_transaction_fen must be positive")]
    [InlineData(100, 0, "limits.daily_fen must be positive")]
    [InlineData(5_000_001, 10_000_000, "limits.single_transaction_fen must be at most 5000000 (the system cap)")]
    [InlineData(100, 10_000_001, "limits.daily_fen must be at most 10000000 (the system cap)")]
    [InlineData(200, 100, "limits.single_transaction_fen must be at most limits.daily_fen")]
    public async Task User_limits_above_the_caps_or_inconsistent_are_invalid_and_change_nothing(long single, long daily, string message)
    {
        var user = NewUser();
        var before = await credit.OpenLineAsync(user);

        var error = await FailsWith(StatusCode.InvalidArgument, () => credit.Client.SetUserLimitsAsync(new SetUserLimitsRequest
        {
            UserId = user, Limits = new UserLimits { SingleTransactionFen = single, DailyFen = daily },
        }, credit.Callers.User(user), Deadline).ResponseAsync);

        Assert.Equal(message, error.Status.Detail);
        Assert.Equal(before.UserLimits, (await credit.GetLineAsync(user)).UserLimits);
    }
}
