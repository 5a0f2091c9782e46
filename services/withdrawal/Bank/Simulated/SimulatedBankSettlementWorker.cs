using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Redis;

namespace Platform.Withdrawal.Bank.Simulated;

/// <summary>The simulated bank's clearing run: settles arrived payouts and tells the listener about each one.</summary>
public sealed partial class SimulatedBankSettlementWorker(
    SimulatedBank bank, IBankSettlementListener listener, IOptions<SimulatedBankOptions> options,
    ILogger<SimulatedBankSettlementWorker> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SettlementScanInterval);
        do
        {
            try
            {
                foreach (var payout in await bank.SettleDueAsync(BatchSize, stoppingToken).ConfigureAwait(false))
                {
                    await listener.OnSettledAsync(payout, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (RedisException ex)
            {
                LogSettlementRunFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The simulated bank's settlement run failed; it runs again shortly")]
    private static partial void LogSettlementRunFailed(ILogger logger, Exception exception);
}
