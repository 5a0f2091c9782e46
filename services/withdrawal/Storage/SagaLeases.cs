using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Platform.Redis;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Configuration;

namespace Platform.Withdrawal.Storage;

/// <summary>Hands out saga leases so two replicas (or two requests) never drive the same saga at once.</summary>
public sealed class SagaLeases(IRedisClient redis, IOptions<WithdrawalOptions> options)
{
    /// <summary>
    /// Takes the saga's lease and reads its record in one round trip, or returns null when someone else holds the
    /// lease. The caller disposes the lease, also when the record turns out to be missing.
    /// </summary>
    public async Task<LeasedSaga?> TryAcquireAsync(SagaRef saga, CancellationToken cancellationToken)
    {
        var token = NewToken();
        var duration = options.Value.LeaseDuration;
        var lease = WithdrawalKeys.Lease(saga.UserId, saga.WithdrawalId);
        var sentAt = Stopwatch.GetTimestamp();
        var reply = await SagaScripts.AcquireLease.EvaluateAsync(
            redis, [lease, WithdrawalKeys.Record(saga.UserId, saga.WithdrawalId)], [token, (long)duration.TotalMilliseconds],
            cancellationToken).ConfigureAwait(false);
        if (!reply.IsAggregate) return null;
        var fields = reply.AsStringMap();
        return new LeasedSaga(new SagaLease(redis, saga, token, duration, sentAt), fields.Count == 0 ? null : RecordCodec.FromFields(fields));
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
