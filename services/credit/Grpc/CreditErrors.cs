using Grpc.Core;
using Platform.Credit.Domain;
using Platform.Credit.Storage;

namespace Platform.Credit.Grpc;

/// <summary>Turns a script's refusal into a gRPC status whose message starts with the machine-readable reason.</summary>
public static class CreditErrors
{
    public static RpcException InvalidArgument(string message) => new(new Status(StatusCode.InvalidArgument, message));

    public static RpcException FromOutcome(ScriptOutcome outcome, long requestedFen = 0)
    {
        var (code, text) = outcome.Outcome switch
        {
            CreditReasons.NoCreditLine => (StatusCode.FailedPrecondition, "the user has no credit line"),
            CreditReasons.InsufficientCredit => (StatusCode.FailedPrecondition,
                $"amount_fen {requestedFen} is above the {outcome.Detail} fen of cash credit available"),
            CreditReasons.SingleLimitExceeded => (StatusCode.FailedPrecondition,
                $"amount_fen {requestedFen} is above the single-transaction limit of {outcome.Detail} fen"),
            CreditReasons.DailyLimitExceeded => (StatusCode.FailedPrecondition,
                $"amount_fen {requestedFen} is above the {outcome.Detail} fen left of today's limit"),
            CreditReasons.OperationConflict => (StatusCode.AlreadyExists,
                $"operation_id was already used for {outcome.Detail} fen, not {requestedFen}"),
            CreditReasons.LineConflict => (StatusCode.AlreadyExists, "a credit line with different terms is already open"),
            CreditReasons.HoldNotFound => (StatusCode.NotFound, "no hold has this operation_id"),
            CreditReasons.HoldPosted => (StatusCode.FailedPrecondition, "the hold is already posted"),
            CreditReasons.HoldVoided => (StatusCode.FailedPrecondition, "the hold was voided"),
            CreditReasons.HoldExpired => (StatusCode.FailedPrecondition, "the hold expired"),
            CreditReasons.RepaymentExceedsBalance => (StatusCode.FailedPrecondition,
                $"amount_fen {requestedFen} is above the {outcome.Detail} fen owed"),
            _ => throw new InvalidOperationException($"The credit script answered an unknown outcome '{outcome.Outcome}'."),
        };
        var trailers = new Metadata { { CreditReasons.TrailerKey, outcome.Outcome } };
        return new RpcException(new Status(code, $"{outcome.Outcome}: {text}"), trailers);
    }
}
