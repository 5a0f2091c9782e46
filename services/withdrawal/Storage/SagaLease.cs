using System.Diagnostics;
using Platform.Redis;
using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Storage;

/// <summary>
/// The right to drive one saga, held by one replica for a bounded time (SET NX PX with a random token). Every
/// transition checks the token inside its script, so a driver whose lease ran out cannot commit anything.
/// Disposing releases it.
/// </summary>
public sealed class SagaLease : IAsyncDisposable
{
    private readonly IRedisClient _redis;
    private readonly TimeSpan _duration;
    private long _takenAt;
    private bool _released;

    /// <param name="takenAt">A <see cref="Stopwatch"/> timestamp from before the command that took the lease was sent.</param>
    internal SagaLease(IRedisClient redis, SagaRef saga, string token, TimeSpan duration, long takenAt)
    {
        _redis = redis;
        Saga = saga;
        Token = token;
        _duration = duration;
        _takenAt = takenAt;
    }

    public SagaRef Saga { get; }

    public string Token { get; }

    public string Key => WithdrawalKeys.Lease(Saga.UserId, Saga.WithdrawalId);

    /// <summary>True once let go, by <see cref="DisposeAsync"/> or with a saga's last commit.</summary>
    public bool IsReleased => _released;

    /// <summary>Records that a transition script let the lease go, so disposing has nothing left to do.</summary>
    internal void MarkReleased() => _released = true;

    /// <summary>
    /// Makes sure the lease has most of its duration left before a step, extending it when a third of it has passed;
    /// false if it was lost (it expired and someone else may hold it now).
    /// </summary>
    public async Task<bool> RenewAsync(CancellationToken cancellationToken)
    {
        if (_released) return false;
        if (Stopwatch.GetElapsedTime(_takenAt) < _duration / 3) return true;
        var sentAt = Stopwatch.GetTimestamp();
        var reply = await SagaScripts.RenewLease.EvaluateAsync(
            _redis, [Key], [Token, (long)_duration.TotalMilliseconds], cancellationToken).ConfigureAwait(false);
        if (reply.AsInt64() != 1) return false;
        _takenAt = sentAt;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_released) return;
        _released = true;
        try
        {
            await SagaScripts.ReleaseLease.EvaluateAsync(_redis, [Key], [Token]).ConfigureAwait(false);
        }
        catch (RedisException)
        {
            // Unreleased, the lease simply expires: another driver waits at most its duration.
        }
    }
}
