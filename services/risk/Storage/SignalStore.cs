using System.Globalization;
using Platform.PubSub;
using Platform.Redis;
using Platform.Risk.Domain;

namespace Platform.Risk.Storage;

/// <summary>A user's features as events keep them: read for an assessment, changed once per event id.</summary>
public sealed class SignalStore(IRedisClient redis, EventDeduplicator dedupe)
{
    public async Task<UserSignals> ReadAsync(string userId, string operationId, string deviceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reply = await RiskScripts.ReadSignals.EvaluateAsync(redis,
            [RiskKeys.Withdrawals(userId), RiskKeys.WithdrawalAmounts(userId), RiskKeys.Devices(userId), RiskKeys.Failures(userId),
             RiskKeys.Profile(userId), RiskKeys.KnownDevices(userId)],
            [now.ToUnixTimeMilliseconds(), operationId, deviceId], cancellationToken);
        return new UserSignals(
            Count1h: (int)reply[0].AsInt64(),
            Amount1h: reply[1].AsInt64(),
            Count24h: (int)reply[2].AsInt64(),
            Amount24h: reply[3].AsInt64(),
            OtherDevices24h: (int)reply[4].AsInt64(),
            DeviceKnown: reply[5].AsInt64() == 1,
            FailedVerifications24h: (int)reply[6].AsInt64(),
            CredentialChangedAtMs: OptionalTime(reply[7]),
            RegisteredAtMs: OptionalTime(reply[8]),
            FirstSeenAtMs: OptionalTime(reply[9]),
            HistoryCount: reply[10].AsInt64(),
            HistoryMean: double.Parse(reply[11].AsString()!, CultureInfo.InvariantCulture),
            HistoryM2: double.Parse(reply[12].AsString()!, CultureInfo.InvariantCulture));
    }

    /// <summary>Applies one event; false if this event id was already applied.</summary>
    public async Task<bool> ApplyAsync(string userId, string eventId, SignalChange change, CancellationToken cancellationToken)
    {
        var reply = await RiskScripts.ApplyEvent.EvaluateAsync(redis,
            [dedupe.KeyFor(eventId, RiskKeys.UserTag(userId)), RiskKeys.Withdrawals(userId), RiskKeys.WithdrawalAmounts(userId),
             RiskKeys.Devices(userId), RiskKeys.Failures(userId), RiskKeys.Profile(userId), RiskKeys.KnownDevices(userId)],
            [change.Kind, change.At.ToUnixTimeMilliseconds(), dedupe.TtlMilliseconds,
             change.Id, change.AmountFen, change.DeviceId],
            cancellationToken);
        return reply.AsString() == "applied";
    }

    private static long? OptionalTime(RedisReply reply) => reply.AsString() is { Length: > 0 } text
        ? long.Parse(text, CultureInfo.InvariantCulture)
        : null;
}
