using Platform.Contracts.Credit.V1;

namespace Platform.Credit.Tests.Infrastructure;

/// <summary>Replays ledger lines into account balances (debits minus credits), independently of the service.</summary>
public sealed class LedgerBalances
{
    private readonly Dictionary<string, long> _balances = new(StringComparer.Ordinal);

    public LedgerBalances(IEnumerable<LedgerEntry> entries)
    {
        foreach (var entry in entries)
        {
            Assert.True(entry.AmountFen > 0, $"ledger entry {entry.EntryId} has a non-positive amount");
            Assert.NotEqual(entry.DebitAccount, entry.CreditAccount);
            TotalDebits += entry.AmountFen;
            TotalCredits += entry.AmountFen;
            _balances[entry.DebitAccount] = this[entry.DebitAccount] + entry.AmountFen;
            _balances[entry.CreditAccount] = this[entry.CreditAccount] - entry.AmountFen;
        }
    }

    public long TotalDebits { get; }

    public long TotalCredits { get; }

    /// <summary>Debits minus credits of one account (0 if it never moved).</summary>
    public long this[string account] => _balances.GetValueOrDefault(account);

    public long Sum => _balances.Values.Sum();

    /// <summary>Asserts the books balance and agree with the line the service reports.</summary>
    public void AssertMatches(CreditLine line)
    {
        var user = line.UserId;
        Assert.Equal(TotalDebits, TotalCredits);
        Assert.Equal(0, Sum);
        Assert.Equal(line.LimitFen, -this["platform:credit_facility"]);
        Assert.Equal(line.AvailableFen, this[$"user:{user}:available"]);
        Assert.Equal(line.HeldFen, this[$"user:{user}:held"]);
        Assert.Equal(line.UsedFen, this[$"user:{user}:receivable"]);
        Assert.Equal(line.LimitFen, line.AvailableFen + line.UsedFen + line.HeldFen);
    }
}
