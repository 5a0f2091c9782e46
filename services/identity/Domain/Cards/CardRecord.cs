namespace Platform.Identity.Domain.Cards;

/// <summary>
/// A bound card as identity keeps it: bank, last four digits, holder and a keyed fingerprint of the number. The
/// full number is not kept: payouts address the card by id, and block lists by fingerprint.
/// </summary>
public sealed record CardRecord(string CardId, string BankCode, string Last4, string HolderName, string Fingerprint, DateTimeOffset BoundAt);
