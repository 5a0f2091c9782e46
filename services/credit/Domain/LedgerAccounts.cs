namespace Platform.Credit.Domain;

/// <summary>
/// The chart of accounts of one credit line. Opening a line credits the platform's facility and debits the user's
/// available credit; from then on every movement shifts an amount between the user's available, held and
/// receivable (used) accounts, so the facility's balance always equals available + held + used.
/// </summary>
public static class LedgerAccounts
{
    public const string Facility = "platform:credit_facility";

    public static string Available(string userId) => $"user:{userId}:available";

    public static string Held(string userId) => $"user:{userId}:held";

    public static string Receivable(string userId) => $"user:{userId}:receivable";
}
