namespace Platform.Credit.Domain;

/// <summary>A single-transaction and a daily cumulative limit, in fen.</summary>
public sealed class LimitCap
{
    public long SingleFen { get; set; }

    public long DailyFen { get; set; }
}
