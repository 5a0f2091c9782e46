namespace Platform.Credit.Domain;

/// <summary>A monthly statement: what was withdrawn (posted) in the period, what is due and what was repaid.</summary>
public sealed record BillStatement(
    string BillId,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset DueAt,
    long StatementFen,
    long MinimumPaymentFen,
    long RepaidFen);
