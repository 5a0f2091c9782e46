namespace Platform.Risk.Storage;

/// <summary>
/// Redis keys. A user's features carry the hash tag <c>{u:id}</c>; rules, cases (with reports) and block lists
/// are operator data with their own tags, so every script still touches one slot (plus the alert stream).
/// </summary>
public static class RiskKeys
{
    public static string Withdrawals(string userId) => $"risk:{{u:{userId}}}:withdrawals";

    public static string WithdrawalAmounts(string userId) => $"risk:{{u:{userId}}}:withdrawal-amounts";

    public static string Devices(string userId) => $"risk:{{u:{userId}}}:devices";

    public static string KnownDevices(string userId) => $"risk:{{u:{userId}}}:known-devices";

    public static string Failures(string userId) => $"risk:{{u:{userId}}}:failures";

    public static string Profile(string userId) => $"risk:{{u:{userId}}}:profile";

    /// <summary>The user's hash tag, as the scope of the pub/sub dedupe key so the mark lands in the user's slot.</summary>
    public static string UserTag(string userId) => $"{{u:{userId}}}";

    public static string Assessment(string userId, string operationId) => $"risk:{{u:{userId}}}:assessment:{operationId}";

    public const string CurrentRules = "risk:{rules}:current";

    /// <summary>Versions live under this prefix (same hash tag), written by the publish script.</summary>
    public const string RulesVersionPrefix = "risk:{rules}:v:";

    public static string Case(string caseId) => $"risk:{{cases}}:case:{caseId}";

    public const string AllCases = "risk:{cases}:all";

    public const string OpenCases = "risk:{cases}:open";

    public const string ResolvedCases = "risk:{cases}:resolved";

    public static string ReportMarker(string reporterId, string subjectType, string subjectId) =>
        $"risk:{{cases}}:report:{reporterId}|{subjectType}|{subjectId}";

    public static string Reports(string subjectType, string subjectId) => $"risk:{{cases}}:reports:{subjectType}:{subjectId}";

    public static string List(string list) => $"risk:{{lists}}:{list}";
}
