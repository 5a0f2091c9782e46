namespace Platform.Credit.Domain;

/// <summary>A credit line as one script saw it. Available credit is derived, so limit = available + used + held always.</summary>
public sealed record LineSnapshot(
    long LimitFen,
    long CashLimitFen,
    long UsedFen,
    long HeldFen,
    int StatementDay,
    long SingleLimitFen,
    long DailyLimitFen,
    long ReservedTodayFen,
    long RepaidFen,
    long OpenedAtMs)
{
    public long AvailableFen => LimitFen - UsedFen - HeldFen;

    /// <summary>Every hold is a cash withdrawal, so the cash sub-limit caps used plus held; never above available.</summary>
    public long CashAvailableFen => Math.Max(0, Math.Min(CashLimitFen - UsedFen - HeldFen, AvailableFen));
}
