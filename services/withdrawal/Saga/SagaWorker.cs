using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Configuration;

namespace Platform.Withdrawal.Saga;

/// <summary>Drives queued sagas in the background, several at once.</summary>
public sealed partial class SagaWorker(SagaQueue queue, SagaDriver driver, IOptions<WithdrawalOptions> options, ILogger<SagaWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.DriverConcurrency).Select(_ => ConsumeAsync(stoppingToken)));

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        await foreach (var saga in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await driver.TryDriveAsync(saga, keepGoing: null, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // The saga stays in the active index; the recovery worker hands it back once it is due.
                LogDriveFailed(logger, error, saga.WithdrawalId);
            }
            finally
            {
                queue.Done(saga);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Withdrawal {WithdrawalId}: driving failed; it is resumed later")]
    private static partial void LogDriveFailed(ILogger logger, Exception error, string withdrawalId);
}
