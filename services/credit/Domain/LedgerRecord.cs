namespace Platform.Credit.Domain;

/// <summary>One double-entry line: <see cref="AmountFen"/> moves from <see cref="CreditAccount"/> to <see cref="DebitAccount"/>.</summary>
public sealed record LedgerRecord(
    string EntryId, string OperationId, string DebitAccount, string CreditAccount, long AmountFen, string Kind, long AtMs);
