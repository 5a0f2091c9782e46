namespace Platform.Credit.Storage;

/// <summary>
/// Redis keys. Everything of one user carries the hash tag <c>{u:id}</c>, so every script touches one slot; the
/// topic streams (the outbox) and the global expiry index are the documented exceptions.
/// </summary>
public static class CreditKeys
{
    /// <summary>Members are "userId|operationId", scored by the hold's expiry: the sweeper's work list.</summary>
    public const string ExpiryIndex = "credit:hold-expiries";

    public static string Line(string userId) => $"credit:{{u:{userId}}}:line";

    public static string Expiries(string userId) => $"credit:{{u:{userId}}}:expiries";

    public static string Ledger(string userId) => $"credit:{{u:{userId}}}:ledger";

    public static string ReservedOn(string userId, string dayId) => $"credit:{{u:{userId}}}:day:{dayId}";

    public static string PostedPerDay(string userId) => $"credit:{{u:{userId}}}:posted";

    public static string Hold(string userId, string operationId) => $"credit:{{u:{userId}}}:hold:{operationId}";

    public static string Repayment(string userId, string operationId) => $"credit:{{u:{userId}}}:repay:{operationId}";
}
