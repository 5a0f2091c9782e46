namespace Platform.Gateway.Endpoints.Withdrawals;

/// <summary>Where a withdrawal is: Completed, Failed and Rejected are final.</summary>
public enum WithdrawalState
{
    Assessing,
    VerificationRequired,
    UnderReview,
    Reserving,
    PayingOut,
    Settling,
    Completed,
    Failed,
    Rejected,
    Reversing,
}
