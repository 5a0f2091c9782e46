namespace Platform.Gateway.Endpoints.Credit;

/// <summary>A monthly statement.</summary>
public sealed record BillResponse(
    string BillId,
    DateTimeOffset? PeriodStart,
    DateTimeOffset? PeriodEnd,
    DateTimeOffset? DueAt,
    long StatementFen,
    long MinimumPaymentFen,
    long RepaidFen);
