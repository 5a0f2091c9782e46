using Platform.Gateway.Client;

namespace Platform.Bench.Withdrawals;

/// <summary>
/// After the run, for every user: limit = available + used + held, nothing left held, used = the completed
/// withdrawals = the posted holds in the ledger; and from the bank's side, every completed withdrawal was paid out
/// exactly once for its amount and nothing else was paid.
/// </summary>
public sealed class InvariantCheck(SimulatedBankBooks bank)
{
    public async Task<List<string>> CheckAsync(IReadOnlyDictionary<SimulatedUser, List<AccountView.Withdrawal>> withdrawalsByUser)
    {
        var violations = new List<string>();
        foreach (var (user, withdrawals) in withdrawalsByUser)
        {
            void Violation(string what) => violations.Add($"user {user.UserId}: {what}");
            var line = await user.Api.ReadLineAsync();
            if (!line.IsBalanced) Violation($"limit ≠ available + used + held ({line})");
            if (line.HeldFen != 0) Violation($"{line.HeldFen} fen still held after the drain");

            var completed = withdrawals.Where(w => w.Status == "completed").ToList();
            if (line.UsedFen != completed.Sum(w => w.AmountFen))
                Violation($"used {line.UsedFen} ≠ completed withdrawals {completed.Sum(w => w.AmountFen)}");

            var ledger = (await user.Api.ReadLedgerAsync()).ToLookup(e => e.OperationId);
            var posted = ledger.SelectMany(g => g).Where(e => e.Kind == "post").Sum(e => e.AmountFen);
            if (posted != line.UsedFen) Violation($"posted holds {posted} ≠ used {line.UsedFen}");
            foreach (var withdrawal in withdrawals)
            {
                var kinds = ledger[withdrawal.WithdrawalId].Select(e => e.Kind).ToList();
                var expected = withdrawal.Status == "completed" ? new[] { "post", "reserve" } : kinds.Count == 0 ? [] : new[] { "reserve", "void" };
                if (!kinds.Order().SequenceEqual(expected))
                    Violation($"{withdrawal.WithdrawalId} is {withdrawal.Status} but its ledger says [{string.Join(", ", kinds)}]");

                var payout = await bank.PayoutAsync(withdrawal.WithdrawalId);
                if (withdrawal.Status == "completed" && payout != ("settled", 1, withdrawal.AmountFen))
                    Violation($"{withdrawal.WithdrawalId} completed but the bank has {payout?.ToString() ?? "no payout"}");
                if (withdrawal.Status != "completed" && payout?.Status == "settled")
                    Violation($"{withdrawal.WithdrawalId} is {withdrawal.Status} but the bank settled a payout");
            }
        }
        return violations;
    }
}
