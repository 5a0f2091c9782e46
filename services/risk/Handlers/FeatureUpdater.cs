using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.PubSub;
using Platform.Risk.Domain;
using Platform.Risk.Storage;
using Platform.Risk.Telemetry;

namespace Platform.Risk.Handlers;

/// <summary>
/// Applies what an event teaches to the user's features, once per event id (the dedupe mark is set in the same
/// script as the change), so redeliveries are harmless. Events without a usable user or id are dropped.
/// </summary>
public sealed partial class FeatureUpdater(SignalStore signals, TimeProvider clock, ILogger<FeatureUpdater> logger)
{
    private const int MaxEventIdLength = 200;

    public async Task<TopicResponse> ApplyAsync(string topic, string eventId, string userId, SignalChange? change, CancellationToken cancellationToken)
    {
        if (change is null)
        {
            RiskTelemetry.RecordEvent(topic, "ignored");
            return TopicResponse.Success;
        }
        if (!Identifiers.IsValid(userId) || eventId.Length is 0 or > MaxEventIdLength)
        {
            LogUnusable(logger, topic);
            RiskTelemetry.RecordEvent(topic, "unusable");
            return TopicResponse.Drop;
        }
        var applied = await signals.ApplyAsync(userId, eventId, change, cancellationToken);
        RiskTelemetry.RecordEvent(topic, applied ? "applied" : "duplicate");
        return TopicResponse.Success;
    }

    /// <summary>When it happened: the event's own timestamp, else the CloudEvent's time, else now.</summary>
    public DateTimeOffset TimeOf(Timestamp? at, CloudEvent envelope) =>
        at is not null ? at.ToDateTimeOffset()
        : DateTimeOffset.TryParse(envelope.Time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
        : clock.GetUtcNow();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped an event on {Topic} without a usable user id or event id.")]
    private static partial void LogUnusable(ILogger logger, string topic);
}
