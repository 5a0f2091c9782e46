using System.Diagnostics.Metrics;
using Platform.Gateway.Idempotency;

namespace Platform.Gateway.Telemetry;

/// <summary>The gateway's own measurements (meter <c>Platform.Gateway</c>); request durations come from ASP.NET Core.</summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "Platform.Gateway";

    private readonly Counter<long> _idempotency;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _authenticationFailures;
    private readonly Counter<long> _withdrawalsRequested;

    public GatewayMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _idempotency = meter.CreateCounter<long>("gateway.idempotency.requests", "{request}",
            "Money-moving requests by what their Idempotency-Key found: claimed, replay, mismatch, pending.");
        _rateLimited = meter.CreateCounter<long>("gateway.rate_limit.rejections", "{request}",
            "Requests refused with 429 by the gateway's own rate limits.");
        _authenticationFailures = meter.CreateCounter<long>("gateway.authentication.failures", "{request}",
            "Requests whose bearer token or operator key was refused.");
        _withdrawalsRequested = meter.CreateCounter<long>("gateway.withdrawals.requested", "{withdrawal}",
            "Withdrawals created through the gateway, by the status the saga answered with.");
    }

    public void IdempotencyOutcome(ClaimOutcome outcome) =>
        _idempotency.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));

    public void RateLimited(string limit) => _rateLimited.Add(1, new KeyValuePair<string, object?>("limit", limit));

    public void AuthenticationFailed(string scheme) =>
        _authenticationFailures.Add(1, new KeyValuePair<string, object?>("scheme", scheme));

    public void WithdrawalRequested(string status) =>
        _withdrawalsRequested.Add(1, new KeyValuePair<string, object?>("status", status));
}
