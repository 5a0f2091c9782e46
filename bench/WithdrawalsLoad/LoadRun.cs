using System.Collections.Concurrent;
using System.Diagnostics;
using Platform.Gateway.Client;

namespace Platform.Bench.Withdrawals;

/// <summary>
/// Prepares the simulated accounts, then has each concurrent user withdraw again and again (create → prove what risk
/// asks → confirm, without waiting for the money to arrive), taking turns on their own share of the accounts, for the
/// warm-up and the measured window, then waits for every started withdrawal to reach a final state.
/// </summary>
public sealed class LoadRun(BenchmarkStack stack, LoadOptions options, StepLatencies latencies)
{
    private readonly ConcurrentQueue<StartedWithdrawal> _started = new();

    public IReadOnlyCollection<StartedWithdrawal> Started => _started;

    public async Task<List<SimulatedUser>> PrepareUsersAsync()
    {
        var users = new ConcurrentBag<SimulatedUser>();
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Accounts), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (_, _) => users.Add(await stack.Driver.ReadyUserAsync(options.CreditLimitFen, options.CreditLimitFen)));
        return [.. users];
    }

    /// <summary>Runs every user until <paramref name="duration"/> has passed; returns how long it really took.</summary>
    public async Task<TimeSpan> DriveAsync(IReadOnlyList<SimulatedUser> users, TimeSpan duration, bool measured)
    {
        latencies.Recording = measured;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(worker => Task.Run(async () =>
        {
            // Worker w takes accounts w, w + users, w + 2 users, …: no account is ever used by two workers at once.
            for (var turn = 0; clock.Elapsed < duration; turn++)
            {
                var user = users[(worker + (turn * options.Users)) % users.Count];
                try
                {
                    var withdrawal = await user.WithdrawAsync(options.AmountFen);
                    _started.Enqueue(new StartedWithdrawal(user, withdrawal.Str("withdrawalId")!, measured));
                }
                catch (ApiException)
                {
                    // Counted by the latency observer under its step and status; the user tries again.
                }
            }
        })));
        latencies.Recording = false;
        return clock.Elapsed;
    }

    /// <summary>Waits until every started withdrawal is final; returns each user's withdrawals as they ended.</summary>
    public async Task<Dictionary<SimulatedUser, List<AccountView.Withdrawal>>> DrainAsync(IReadOnlyList<SimulatedUser> users)
    {
        var clock = Stopwatch.StartNew();
        var outcome = new Dictionary<SimulatedUser, List<AccountView.Withdrawal>>();
        foreach (var user in users)
        {
            while (true)
            {
                var withdrawals = await user.Api.ReadWithdrawalsAsync();
                if (withdrawals.All(w => w.Status is "completed" or "failed" or "rejected") || clock.Elapsed > options.DrainTimeout)
                {
                    outcome[user] = withdrawals;
                    break;
                }
                await Task.Delay(200);
            }
        }
        return outcome;
    }
}
