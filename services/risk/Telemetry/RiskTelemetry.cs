using System.Diagnostics;
using System.Diagnostics.Metrics;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Domain;

namespace Platform.Risk.Telemetry;

/// <summary>The risk service's business metrics (ServiceDefaults exports every <c>Platform.*</c> meter and source).</summary>
public static class RiskTelemetry
{
    public const string Name = "Platform.Risk";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> DecisionCount = Meter.CreateCounter<long>(
        "risk.decisions", unit: "{decision}", description: "Assessments by decision.");

    private static readonly Histogram<double> AssessmentDuration = Meter.CreateHistogram<double>(
        "risk.assessment.duration", unit: "ms", description: "Time to assess one operation, from request to recorded decision.");

    private static readonly Counter<long> CasesOpened = Meter.CreateCounter<long>(
        "risk.cases.opened", unit: "{case}", description: "Review and report cases opened.");

    private static readonly Counter<long> EventsApplied = Meter.CreateCounter<long>(
        "risk.events.applied", unit: "{event}", description: "Events applied to features, by topic and outcome (applied, duplicate, ignored).");

    public static void RecordDecision(Decision decision, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("risk.decision", Decisions.Name(decision));
        DecisionCount.Add(1, tag);
        AssessmentDuration.Record(elapsed.TotalMilliseconds, tag);
    }

    public static void RecordCaseOpened(string kind) => CasesOpened.Add(1, new KeyValuePair<string, object?>("risk.case.kind", kind));

    public static void RecordEvent(string topic, string outcome) =>
        EventsApplied.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", topic), new KeyValuePair<string, object?>("risk.outcome", outcome));
}
