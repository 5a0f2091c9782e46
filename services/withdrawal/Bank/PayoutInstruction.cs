namespace Platform.Withdrawal.Bank;

/// <summary>
/// A payout to a bound card. The card travels as the identity service's reference (id, last four digits,
/// fingerprint), never as a full number. <see cref="ClientReference"/> comes back in settlement notifications.
/// </summary>
public sealed record PayoutInstruction(
    string Key, long AmountFen, string CardId, string CardLast4, string CardFingerprint, string BankCode, string ClientReference);
