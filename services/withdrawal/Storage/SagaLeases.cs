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
    /// <summary>Takes the saga's lease, or returns null when someone else holds it.</summary>
    public async Task<SagaLease?> TryAcquireAsync(SagaRef saga, CancellationToken cancellationToken)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var duration = options.Value.LeaseDuration;
        var key = WithdrawalKeys.Lease(saga.UserId, saga.WithdrawalId);
        var sentAt = Stopwatch.GetTimestamp();
        var taken = await redis.SetAsync(key, token, duration, SetCondition.NotExists, cancellationToken).ConfigureAwait(false);
        return taken ? new SagaLease(redis, saga, token, duration, sentAt) : null;
    }
}
