using Microsoft.Extensions.Options;
using Platform.Credit.Domain;
using Platform.Credit.Storage;
using Platform.Credit.Telemetry;

namespace Platform.Credit.Background;

/// <summary>
/// Voids expired holds of lines nobody touches (every access already voids them lazily). Works through the global
/// expiry index; the per-user script does the actual voiding, so a hold expires exactly once whoever gets there first.
/// </summary>
public sealed partial class HoldExpirySweeper(
    HoldExpiryIndex index, CreditStore store, TimeProvider time, IOptions<CreditOptions> options, ILogger<HoldExpirySweeper> logger)
    : BackgroundService
{
    /// <summary>A listed hold that does not exist this long after its expiry belonged to a Reserve that never wrote it.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await SweepOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
            }
            if (handled < options.Value.SweepBatch)
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One pass over the due part of the index; returns how many entries it looked at.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        using var activity = CreditTelemetry.ActivitySource.StartActivity("credit.sweep_expired_holds");
        var now = time.GetUtcNow();
        var due = await index.DueAsync(now, options.Value.SweepBatch, cancellationToken);
        long expired = 0;
        foreach (var (userId, operationId, listedExpiry) in due)
        {
            var outcome = await store.ReadAsync(userId, operationId, now, cancellationToken);
            expired += outcome.Detail;
            if (outcome.Hold is { Status: HoldStatus.Pending } pending)
                await index.RescheduleAsync(userId, operationId, DateTimeOffset.FromUnixTimeMilliseconds(pending.ExpiresAtMs), cancellationToken);
            else if (outcome.Hold is not null || outcome.Line is null || now - listedExpiry > AbandonedAfter)
                await index.RemoveAsync(userId, operationId);
        }
        if (expired > 0) CreditTelemetry.RecordSwept(expired);
        activity?.SetTag("credit.holds_expired", expired);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired holds failed; retrying next interval.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
