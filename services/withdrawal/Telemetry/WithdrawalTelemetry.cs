using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Withdrawal.Telemetry;

/// <summary>
/// The service's spans and business metrics, under the name "Platform.Withdrawal" (exported by ServiceDefaults):
/// withdrawals by outcome, saga step latency, payouts sent, and anomalies that need a person.
/// </summary>
public sealed class WithdrawalTelemetry : IDisposable
{
    public const string Name = "Platform.Withdrawal";

    private readonly Meter _meter;
    private readonly Counter<long> _outcomes;
    private readonly Counter<long> _created;
    private readonly Histogram<double> _stepDuration;
    private readonly Counter<long> _payoutsSent;
    private readonly Counter<long> _anomalies;

    public WithdrawalTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        _created = _meter.CreateCounter<long>("platform.withdrawal.created", "{withdrawal}", "Withdrawals created");
        _outcomes = _meter.CreateCounter<long>(
            "platform.withdrawal.outcomes", "{withdrawal}", "Withdrawals that ended, by outcome (completed, failed, rejected)");
        _stepDuration = _meter.CreateHistogram<double>(
            "platform.withdrawal.step.duration", "s", "How long each saga step took, by step and result",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _payoutsSent = _meter.CreateCounter<long>("platform.withdrawal.bank.payouts_sent", "{payout}", "Payout requests sent to the bank");
        _anomalies = _meter.CreateCounter<long>(
            "platform.withdrawal.anomalies", "{event}", "Situations the saga cannot resolve alone and a person should look at");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public void Created() => _created.Add(1);

    public void Ended(string outcome) => _outcomes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void StepFinished(string step, string result, TimeSpan elapsed) =>
        _stepDuration.Record(elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("step", step), new KeyValuePair<string, object?>("result", result));

    public void PayoutSent() => _payoutsSent.Add(1);

    public void Anomaly(string kind) => _anomalies.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Dispose() => _meter.Dispose();
}
