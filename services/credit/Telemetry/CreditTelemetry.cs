using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Credit.Telemetry;

/// <summary>The credit service's business metrics and spans (ServiceDefaults exports every <c>Platform.*</c> source).</summary>
public static class CreditTelemetry
{
    public const string Name = "Platform.Credit";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Operations = Meter.CreateCounter<long>(
        "credit.operations", unit: "{operation}", description: "Credit operations by kind and outcome (reserved, insufficient_credit, posted, …).");

    private static readonly Counter<long> SweptHolds = Meter.CreateCounter<long>(
        "credit.holds.expired_by_sweeper", unit: "{hold}", description: "Expired holds voided by the background sweeper.");

    public static void RecordOperation(string operation, string outcome) =>
        Operations.Add(1, new KeyValuePair<string, object?>("credit.operation", operation), new KeyValuePair<string, object?>("credit.outcome", outcome));

    public static void RecordSwept(long count) => SweptHolds.Add(count);
}
