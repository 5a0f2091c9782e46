using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Risk.Domain;
using Platform.Risk.Storage;
using Platform.Risk.Telemetry;

namespace Platform.Risk.Handlers;

/// <summary>
/// Keeps features up to date from withdrawal and security events. Each event takes effect once per event id
/// (the marker is set in the same script as the change), so redeliveries are harmless.
/// </summary>
public sealed partial class RiskEventHandler(SignalStore signals, TimeProvider time, ILogger<RiskEventHandler> logger)
{
    private const int MaxEventIdLength = 200;

    public Task HandleAsync(string eventId, string topic, WithdrawalEvent withdrawal, DateTimeOffset? eventTime, CancellationToken cancellationToken) =>
        ApplyAsync(eventId, topic, withdrawal.UserId, SignalEvents.From(topic, withdrawal, TimeOf(withdrawal.At, eventTime)), cancellationToken);

    public Task HandleAsync(string eventId, SecurityEvent security, DateTimeOffset? eventTime, CancellationToken cancellationToken) =>
        ApplyAsync(eventId, Topics.IdentitySecurity, security.UserId, SignalEvents.From(security, eventId, TimeOf(security.At, eventTime)), cancellationToken);

    private async Task ApplyAsync(string eventId, string topic, string userId, SignalChange? change, CancellationToken cancellationToken)
    {
        if (change is null)
        {
            RiskTelemetry.RecordEvent(topic, "ignored");
            return;
        }
        if (!Identifiers.IsValid(userId) || eventId.Length is 0 or > MaxEventIdLength)
        {
            LogUnusable(logger, topic);
            RiskTelemetry.RecordEvent(topic, "unusable");
            return;
        }
        var applied = await signals.ApplyAsync(userId, eventId, change, cancellationToken);
        RiskTelemetry.RecordEvent(topic, applied ? "applied" : "duplicate");
    }

    private DateTimeOffset TimeOf(Google.Protobuf.WellKnownTypes.Timestamp? at, DateTimeOffset? eventTime) =>
        at is not null ? at.ToDateTimeOffset() : eventTime ?? time.GetUtcNow();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped an event on {Topic} without a usable user id or event id.")]
    private static partial void LogUnusable(ILogger logger, string topic);
}
