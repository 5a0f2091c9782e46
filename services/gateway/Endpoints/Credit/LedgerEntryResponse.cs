namespace Platform.Gateway.Endpoints.Credit;

/// <summary>One double-entry ledger line: <see cref="AmountFen"/> moved from <see cref="CreditAccount"/> to <see cref="DebitAccount"/>.</summary>
public sealed record LedgerEntryResponse(
    string EntryId,
    string OperationId,
    string DebitAccount,
    string CreditAccount,
    long AmountFen,
    string Kind,
    DateTimeOffset? At);
