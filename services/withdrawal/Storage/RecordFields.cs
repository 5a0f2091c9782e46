namespace Platform.Withdrawal.Storage;

/// <summary>The field names of the record hash.</summary>
internal static class RecordFields
{
    public const string Id = "id";
    public const string User = "user";
    public const string IdempotencyKey = "idem";
    public const string Amount = "amount";
    public const string Card = "card";
    public const string CardLast4 = "last4";
    public const string BankCode = "bank";
    public const string CardFingerprint = "cardfp";
    public const string Device = "device";
    public const string ClientIp = "ip";
    public const string State = "state";
    public const string Reason = "reason";
    public const string Factors = "factors";
    public const string Verification = "verification";
    public const string VerificationExpires = "verification_exp";
    public const string RiskCase = "case";
    public const string Strength = "strength";
    public const string PayoutRequested = "payout_req";
    public const string BankReference = "bank_ref";
    public const string ExpectedArrival = "arrival";
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Completed = "completed";
    public const string Attempts = "attempts";
    public const string NotBefore = "not_before";
}
