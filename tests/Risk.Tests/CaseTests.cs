using Grpc.Core;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Tests.Infrastructure;
using static Platform.Risk.Tests.Infrastructure.RiskServiceFixture;

namespace Platform.Risk.Tests;

[Collection(RiskCollection.Name)]
public sealed class CaseTests(RiskServiceFixture risk)
{
    [Fact]
    public async Task A_report_opens_a_case_publishes_an_alert_and_raises_the_subjects_risk()
    {
        risk.MoveToLocalHour(10);
        var (reporter, suspect, device) = (NewId("u"), NewId("u"), NewId("d"));
        var before = await risk.AssessAsync(suspect, 10_000, device);

        var receipt = await Report(reporter, "account", suspect, "asked me for my SMS code on the phone");
        var after = await risk.AssessAsync(suspect, 10_000, device);

        var reported = Assert.Single(after.Reasons, reason => reason.Code == "USER_REPORTS");
        Assert.Equal(30, reported.Contribution);
        Assert.Equal((Decision.Approve, Decision.StepUp), (before.Decision, after.Decision));
        var alert = Assert.Single(await risk.AlertsForAsync(suspect));
        Assert.Equal(("report", receipt.CaseId), (alert.Decision, alert.CaseId));
        var open = await risk.Client.ListCasesAsync(new ListCasesRequest { Status = "open" }, risk.Callers.Operator(), Deadline);
        var reportCase = Assert.Single(open.Cases, c => c.CaseId == receipt.CaseId);
        Assert.Equal(("report", suspect, reporter, "asked me for my SMS code on the phone"),
            (reportCase.Kind, reportCase.UserId, reportCase.ReporterUserId, reportCase.Description));
    }

    [Fact]
    public async Task Reporting_the_same_subject_again_returns_the_same_case_and_counts_once()
    {
        risk.MoveToLocalHour(10);
        var (reporter, card) = (NewId("u"), NewId("card"));

        var first = await Report(reporter, "card", card, "");
        var second = await Report(reporter, "card", card, "again");
        var assessment = await risk.AssessAsync(NewId("u"), 10_000, NewId("d"), card: card);

        Assert.Equal(first.CaseId, second.CaseId);
        Assert.Contains("reports_30d = 1", Assert.Single(assessment.Reasons, reason => reason.Code == "USER_REPORTS").Description);
    }

    [Fact]
    public async Task A_user_reporting_their_own_withdrawal_raises_their_own_accounts_risk()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");

        await Report(user, "withdrawal", "w-42", "I did not make this withdrawal");
        var assessment = await risk.AssessAsync(user, 10_000, NewId("d"));

        Assert.Equal(Decision.StepUp, assessment.Decision);
        Assert.Contains(assessment.Reasons, reason => reason.Code == "USER_REPORTS");
    }

    [Fact]
    public async Task An_operator_resolves_a_case_once_and_the_resolution_is_published()
    {
        risk.MoveToLocalHour(10);
        var (reporter, suspect) = (NewId("u"), NewId("u"));
        var receipt = await Report(reporter, "account", suspect, "");
        var resolve = new ResolveCaseRequest { CaseId = receipt.CaseId, Resolution = "decline", Note = "confirmed" };

        var resolved = await risk.Client.ResolveCaseAsync(resolve, risk.Callers.Operator("op-7"), Deadline);
        var again = await risk.Client.ResolveCaseAsync(resolve, risk.Callers.Operator("op-7"), Deadline);
        resolve.Resolution = "approve";
        var changed = await FailsWith(StatusCode.FailedPrecondition, () => risk.Client.ResolveCaseAsync(resolve, risk.Callers.Operator(), Deadline).ResponseAsync);

        Assert.Equal(("resolved", "decline", "confirmed", "op-7"), (resolved.Status, resolved.Resolution, resolved.Note, resolved.ResolvedBy));
        Assert.Equal(resolved, again);
        Assert.StartsWith("case_already_resolved:", changed.Status.Detail);
        Assert.Equal(["report", "report_declined"], (await risk.AlertsForAsync(suspect)).Select(alert => alert.Decision));
        var resolvedCases = await risk.Client.ListCasesAsync(new ListCasesRequest { Status = "resolved", PageSize = 100 }, risk.Callers.Operator(), Deadline);
        Assert.Contains(resolvedCases.Cases, c => c.CaseId == receipt.CaseId);
        var openCases = await risk.Client.ListCasesAsync(new ListCasesRequest { Status = "open", PageSize = 100 }, risk.Callers.Operator(), Deadline);
        Assert.DoesNotContain(openCases.Cases, c => c.CaseId == receipt.CaseId);
    }

    [Fact]
    public async Task Resolving_an_unknown_case_is_not_found()
    {
        await FailsWith(StatusCode.NotFound, () => risk.Client.ResolveCaseAsync(
            new ResolveCaseRequest { CaseId = "rp-missing", Resolution = "approve" }, risk.Callers.Operator(), Deadline).ResponseAsync);
    }

    private async Task<ReportReceipt> Report(string reporter, string subjectType, string subjectId, string description) =>
        await risk.Client.ReportSuspiciousAsync(new ReportRequest
        {
            ReporterUserId = reporter, SubjectType = subjectType, SubjectId = subjectId, Description = description,
        }, risk.Callers.User(reporter), Deadline);
}
