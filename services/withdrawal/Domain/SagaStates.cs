using Platform.Contracts.Withdrawal.V1;

namespace Platform.Withdrawal.Domain;

/// <summary>What each saga state means to the outside world and to the driver.</summary>
public static class SagaStates
{
    public static bool IsTerminal(this SagaState state) =>
        state is SagaState.Completed or SagaState.Failed or SagaState.Rejected;

    /// <summary>States that wait for something outside the saga (the user, a reviewer, the bank) until a deadline.</summary>
    public static bool IsWaiting(this SagaState state) =>
        state is SagaState.Verifying or SagaState.Review or SagaState.Settling;

    public static WithdrawalStatus ToStatus(this SagaState state) => state switch
    {
        SagaState.Assessing => WithdrawalStatus.Assessing,
        SagaState.Verifying => WithdrawalStatus.VerificationRequired,
        SagaState.Review => WithdrawalStatus.UnderReview,
        SagaState.Reserving => WithdrawalStatus.Reserving,
        SagaState.PayingOut => WithdrawalStatus.PayingOut,
        SagaState.Settling or SagaState.Posting => WithdrawalStatus.Settling,
        SagaState.Reversing => WithdrawalStatus.Reversing,
        SagaState.Completed => WithdrawalStatus.Completed,
        SagaState.Failed => WithdrawalStatus.Failed,
        SagaState.Rejected => WithdrawalStatus.Rejected,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "unknown saga state"),
    };

    /// <summary>The lowercase name stored in Redis ("paying_out").</summary>
    public static string ToStorageName(this SagaState state) => state switch
    {
        SagaState.PayingOut => "paying_out",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static SagaState ParseStorageName(string name) => name switch
    {
        "paying_out" => SagaState.PayingOut,
        _ when Enum.TryParse<SagaState>(name, ignoreCase: true, out var state) && name == state.ToString().ToLowerInvariant() => state,
        _ => throw new FormatException($"'{name}' is not a saga state"),
    };
}
