using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Credit;

/// <summary>
/// Limits the user sets on their own withdrawals (fen); credit never lets them exceed the system caps for the
/// verification used. 0 leaves a limit at the system cap.
/// </summary>
public sealed record UserLimitsModel(
    [property: Range(0, long.MaxValue, ErrorMessage = "must not be negative")]
    long SingleTransactionFen,
    [property: Range(0, long.MaxValue, ErrorMessage = "must not be negative")]
    long DailyFen);
