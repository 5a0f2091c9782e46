using Grpc.Core;

namespace Platform.Withdrawal.Downstream;

/// <summary>
/// Reads why credit refused a call: the machine-readable reason it sends in the "credit-reason" trailer (and at the
/// start of its message), turned into a sentence a user understands.
/// </summary>
public static class CreditRefusal
{
    public const string TrailerKey = "credit-reason";
    public const string HoldPosted = "hold_posted";
    public const string HoldVoided = "hold_voided";
    public const string HoldExpired = "hold_expired";

    public static string? Code(RpcException error) => error.Trailers.GetValue(TrailerKey);

    public static string Describe(RpcException error)
    {
        var lead = Code(error) switch
        {
            "insufficient_credit" => "Not enough cash credit is available",
            "single_limit_exceeded" => "The amount is above the single-withdrawal limit",
            "daily_limit_exceeded" => "The amount is above what is left of today's withdrawal limit",
            "no_credit_line" => "There is no credit line to withdraw from",
            _ => "Credit refused the withdrawal",
        };
        return $"{lead} ({error.Explanation()}). Nothing was charged.";
    }
}
