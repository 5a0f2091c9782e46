namespace Platform.Credit.Domain;

/// <summary>Machine-readable reasons a request fails; they lead the status message and travel in a trailer.</summary>
public static class CreditReasons
{
    public const string TrailerKey = "credit-reason";

    public const string InsufficientCredit = "insufficient_credit";
    public const string SingleLimitExceeded = "single_limit_exceeded";
    public const string DailyLimitExceeded = "daily_limit_exceeded";
    public const string NoCreditLine = "no_credit_line";
    public const string OperationConflict = "operation_conflict";
    public const string LineConflict = "line_conflict";
    public const string HoldNotFound = "hold_not_found";
    public const string HoldPosted = "hold_posted";
    public const string HoldVoided = "hold_voided";
    public const string HoldExpired = "hold_expired";
    public const string RepaymentExceedsBalance = "repayment_exceeds_balance";
}
