using Grpc.Core;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Tests.Infrastructure;
using static Platform.Risk.Tests.Infrastructure.RiskServiceFixture;

namespace Platform.Risk.Tests;

[Collection(RiskCollection.Name)]
public sealed class AuthorizationTests(RiskServiceFixture risk)
{
    [Fact]
    public async Task A_caller_acting_for_user_B_cannot_assess_or_report_as_user_A()
    {
        var (a, b) = (NewId("u"), NewId("u"));
        var asB = risk.Callers.User(b);

        await FailsWith(StatusCode.PermissionDenied, () => risk.Client.AssessAsync(new AssessRequest
        {
            UserId = a, OperationId = "w-1", AmountFen = 100, DeviceId = "d-1",
        }, asB, Deadline).ResponseAsync);
        await FailsWith(StatusCode.PermissionDenied, () => risk.Client.ReportSuspiciousAsync(new ReportRequest
        {
            ReporterUserId = a, SubjectType = "account", SubjectId = b,
        }, asB, Deadline).ResponseAsync);
    }

    [Fact]
    public async Task Users_cannot_reach_operator_calls()
    {
        var user = NewId("u");
        var asUser = risk.Callers.User(user);
        var rules = await risk.Client.GetRulesAsync(new GetRulesRequest(), risk.Callers.Operator(), Deadline);

        Func<Task>[] calls =
        [
            () => risk.Client.ListCasesAsync(new ListCasesRequest(), asUser, Deadline).ResponseAsync,
            () => risk.Client.ResolveCaseAsync(new ResolveCaseRequest { CaseId = "rp-1", Resolution = "approve" }, asUser, Deadline).ResponseAsync,
            () => risk.Client.GetRulesAsync(new GetRulesRequest(), asUser, Deadline).ResponseAsync,
            () => risk.Client.PublishRulesAsync(rules, asUser, Deadline).ResponseAsync,
            () => risk.Client.AddToListAsync(new ListEntry { List = "account", Value = user, Reason = "x" }, asUser, Deadline).ResponseAsync,
        ];
        foreach (var call in calls) await FailsWith(StatusCode.PermissionDenied, call);
        Assert.Equal(rules, await risk.Client.GetRulesAsync(new GetRulesRequest(), risk.Callers.Operator(), Deadline));
    }

    [Fact]
    public async Task Operators_cannot_assess_and_unsigned_calls_are_unauthenticated()
    {
        var user = NewId("u");
        var request = new AssessRequest { UserId = user, OperationId = "w-1", AmountFen = 100, DeviceId = "d-1" };

        await FailsWith(StatusCode.PermissionDenied, () => risk.Client.AssessAsync(request, risk.Callers.Operator(), Deadline).ResponseAsync);
        await FailsWith(StatusCode.Unauthenticated, () => risk.Client.AssessAsync(request, deadline: Deadline).ResponseAsync);
        await FailsWith(StatusCode.Unauthenticated, () => risk.Client.ListCasesAsync(new ListCasesRequest(), deadline: Deadline).ResponseAsync);
    }
}
