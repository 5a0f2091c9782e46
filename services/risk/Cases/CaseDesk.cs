using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Domain;
using Platform.Risk.Events;
using Platform.Risk.Storage;
using Platform.Risk.Telemetry;

namespace Platform.Risk.Cases;

/// <summary>User reports open cases (and raise the subject's risk); operators resolve cases once.</summary>
public sealed class CaseDesk(CaseStore cases, RiskAlertEvents alerts, TimeProvider time)
{
    public const string ReportCode = "USER_REPORT";

    public async Task<string> ReportAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var report = new ReviewCase
        {
            CaseId = "rp-" + Guid.CreateVersion7().ToString("N"),
            UserId = request.SubjectType == "account" ? request.SubjectId : request.ReporterUserId,
            OperationId = request.SubjectType == "withdrawal" ? request.SubjectId : "",
            Kind = "report",
            Status = "open",
            SubjectType = request.SubjectType,
            SubjectId = request.SubjectId,
            Description = request.Description,
            ReporterUserId = request.ReporterUserId,
            OpenedAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
        };
        report.Reasons.Add(new ReasonCode
        {
            Code = ReportCode, Description = $"A user reported this {request.SubjectType} as suspicious", Contribution = 0,
        });
        var alert = alerts.Create(report.UserId, report.OperationId, Decisions.Report, 0, [ReportCode], report.CaseId);
        var (caseId, opened) = await cases.OpenAsync(report, alert, cancellationToken);
        if (opened) RiskTelemetry.RecordCaseOpened("report");
        return caseId;
    }

    public async Task<ReviewCase> ResolveAsync(ResolveCaseRequest request, string operatorId, CancellationToken cancellationToken)
    {
        var current = await cases.GetAsync(request.CaseId, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "no case has this case_id"));
        var resolved = current.Clone();
        resolved.Status = "resolved";
        resolved.Resolution = request.Resolution;
        resolved.Note = request.Note;
        resolved.ResolvedBy = operatorId;
        resolved.ResolvedAt = Timestamp.FromDateTimeOffset(time.GetUtcNow());
        var decision = $"{current.Kind}_{request.Resolution}d";
        var alert = alerts.Create(current.UserId, current.OperationId, decision, current.Score, current.Reasons.Select(r => r.Code), current.CaseId);

        var (stored, justResolved) = await cases.ResolveAsync(resolved, alert, cancellationToken);
        if (stored is null) throw new RpcException(new Status(StatusCode.NotFound, "no case has this case_id"));
        if (!justResolved && stored.Resolution != request.Resolution)
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"case_already_resolved: the case was resolved as {stored.Resolution}"));
        return stored;
    }
}
