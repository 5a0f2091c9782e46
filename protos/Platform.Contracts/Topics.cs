namespace Platform.Contracts;

/// <summary>Pub/sub topic names: the stream keys that carry the events in platform/events/v1.</summary>
public static class Topics
{
    public const string PubSubName = "pubsub";

    public const string WithdrawalCreated = "withdrawal.created";
    public const string WithdrawalCompleted = "withdrawal.completed";
    public const string WithdrawalFailed = "withdrawal.failed";
    public const string WithdrawalRejected = "withdrawal.rejected";
    public const string WithdrawalReviewRequired = "withdrawal.review_required";

    public const string CreditHoldReserved = "credit.hold_reserved";
    public const string CreditHoldPosted = "credit.hold_posted";
    public const string CreditHoldVoided = "credit.hold_voided";
    public const string CreditRepaid = "credit.repaid";

    public const string IdentitySecurity = "identity.security";
    public const string RiskAlert = "risk.alert";
    public const string AnnouncementPublished = "notification.announcement";
}
