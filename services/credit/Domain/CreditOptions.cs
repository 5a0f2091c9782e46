namespace Platform.Credit.Domain;

/// <summary>Every tunable of the credit service, bound from configuration section <c>Credit</c>.</summary>
public sealed class CreditOptions
{
    public const string Section = "Credit";

    /// <summary>The largest line an operator may open (fen).</summary>
    public long MaxLimitFen { get; set; } = 20_000_000;

    /// <summary>The largest line a user may open for themselves at onboarding (fen).</summary>
    public long SelfServiceMaxLimitFen { get; set; } = 5_000_000;

    /// <summary>System caps per verification strength; user-set limits never exceed them.</summary>
    public StrengthCaps Caps { get; set; } = new();

    /// <summary>How long a hold lives when the caller does not say.</summary>
    public int DefaultHoldSeconds { get; set; } = 1800;

    /// <summary>The longest hold a caller may ask for.</summary>
    public int MaxHoldSeconds { get; set; } = 7 * 24 * 3600;

    /// <summary>The local time zone of days, statement dates and due dates, as an offset from UTC (China: +8).</summary>
    public TimeSpan LocalUtcOffset { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Days after the statement date by the end of which a bill is due.</summary>
    public int PaymentDueDays { get; set; } = 9;

    /// <summary>The minimum payment of a bill, in percent of the statement amount (rounded up to the fen).</summary>
    public int MinimumPaymentPercent { get; set; } = 10;

    /// <summary>How many of the most recent bills ListBills returns.</summary>
    public int BillsListed { get; set; } = 12;

    /// <summary>How often the background sweeper voids expired holds nobody touched.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many expired holds one script voids at most (the rest go in the next pass).</summary>
    public int SweepBatch { get; set; } = 64;

    /// <summary>ListLedger's page size when the caller gives none, and the largest it may ask for.</summary>
    public int DefaultLedgerPageSize { get; set; } = 20;

    public int MaxLedgerPageSize { get; set; } = 200;
}
