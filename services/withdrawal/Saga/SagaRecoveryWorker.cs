using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Withdrawal.Configuration;
using Platform.Withdrawal.Storage;

namespace Platform.Withdrawal.Saga;

/// <summary>
/// Resumes sagas: at start and then periodically it queues every non-terminal saga that is due — left behind by a
/// crashed replica (its lease expired), backing off after a failure, past a deadline, or waiting for settlement.
/// </summary>
public sealed partial class SagaRecoveryWorker(
    WithdrawalStore store, SagaQueue queue, IOptions<WithdrawalOptions> options, TimeProvider time, ILogger<SagaRecoveryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RecoveryScanInterval);
        do
        {
            try
            {
                var due = await store.FindDueAsync(time.GetUtcNow(), options.Value.RecoveryBatchSize, stoppingToken).ConfigureAwait(false);
                foreach (var saga in due) queue.Enqueue(saga);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                LogScanFailed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for sagas to resume failed; trying again shortly")]
    private static partial void LogScanFailed(ILogger logger, Exception error);
}
