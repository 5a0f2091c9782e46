using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Risk.V1;
using Platform.PubSub;
using Platform.Risk.Domain;
using Platform.Risk.Events;
using Platform.Risk.Storage;
using Platform.Risk.Telemetry;

namespace Platform.Risk.Assessments;

/// <summary>
/// Assesses one operation once: the first assessment recorded for (user, operation) is the answer to every later
/// ask, so a retried call never opens a second case or raises a second alert.
/// </summary>
public sealed class RiskAssessor(
    AssessmentStore assessments, RuleBook ruleBook, SignalStore signals, SubjectStore subjects, RiskScorer scorer,
    CaseStore cases, RiskAlertEvents alerts)
{
    public async Task<Assessment> AssessAsync(AssessmentInput input, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = RiskTelemetry.ActivitySource.StartActivity("risk.assess");
        if (await assessments.FindAsync(input.UserId, input.OperationId, cancellationToken) is { } known)
        {
            activity?.SetTag("risk.replayed", true);
            return known;
        }

        var rules = await ruleBook.CurrentAsync(cancellationToken);
        var user = signals.ReadAsync(input.UserId, input.OperationId, input.DeviceId, input.At, cancellationToken);
        var subject = subjects.ReadAsync(input, cancellationToken);
        var evaluation = scorer.Evaluate(rules, input, await user, await subject);

        var assessment = new Assessment { Decision = evaluation.Decision, Score = evaluation.Score, RulesVersion = evaluation.RulesVersion };
        assessment.Reasons.AddRange(evaluation.Reasons);
        assessment.RequiredFactors.AddRange(evaluation.RequiredFactors);
        var codes = evaluation.Reasons.Select(reason => reason.Code).ToList();
        OutboxMessage? alert = null;
        if (evaluation.Decision == Decision.Review)
        {
            assessment.CaseId = ReviewCaseId(input);
            var opened = await cases.OpenAsync(ReviewCaseFor(input, assessment), alerts.Create(
                input.UserId, input.OperationId, Decisions.Name(Decision.Review), evaluation.Score, codes, assessment.CaseId), cancellationToken);
            if (opened.Opened) RiskTelemetry.RecordCaseOpened("review");
        }
        else if (evaluation.Decision == Decision.Decline)
        {
            alert = alerts.Create(input.UserId, input.OperationId, Decisions.Name(Decision.Decline), evaluation.Score, codes, "");
        }

        var (kept, recorded) = await assessments.RecordAsync(input.UserId, input.OperationId, assessment, alert, cancellationToken);
        activity?.SetTag("risk.decision", Decisions.Name(kept.Decision));
        activity?.SetTag("risk.score", kept.Score);
        activity?.SetTag("risk.rules_version", kept.RulesVersion);
        if (recorded) RiskTelemetry.RecordDecision(kept.Decision, Stopwatch.GetElapsedTime(started));
        return kept;
    }

    /// <summary>Derived from the operation, so concurrent or retried assessments of it meet at one case.</summary>
    private static string ReviewCaseId(AssessmentInput input) =>
        "rv-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input.UserId + "|" + input.OperationId)))[..24];

    private static ReviewCase ReviewCaseFor(AssessmentInput input, Assessment assessment)
    {
        var reviewCase = new ReviewCase
        {
            CaseId = assessment.CaseId, UserId = input.UserId, OperationId = input.OperationId, Kind = "review", Status = "open",
            Score = assessment.Score, OpenedAt = Timestamp.FromDateTimeOffset(input.At),
        };
        reviewCase.Reasons.AddRange(assessment.Reasons);
        return reviewCase;
    }
}
