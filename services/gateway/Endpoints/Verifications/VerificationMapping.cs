using Platform.Contracts.Identity.V1;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Verifications;

public static class VerificationMapping
{
    public static VerificationResponse ToResponse(this Verification verification) => new(
        verification.VerificationId,
        verification.Purpose,
        verification.OperationId.Length == 0 ? null : verification.OperationId,
        verification.AmountFen,
        verification.RequiredFactors.ToApi(),
        verification.SatisfiedFactors.ToApi(),
        verification.ExpiresAt.ToApi(),
        verification.Ticket.Length == 0 ? null : verification.Ticket);

    /// <summary>A proven factor answers 200 with the verification; a refused one 422 with why and what is left.</summary>
    public static IResult ToResult(this FactorResult result)
    {
        if (result.Success) return TypedResults.Ok(result.Verification.ToResponse());
        var extensions = new Dictionary<string, object?>
        {
            ["factor"] = result.Factor.ToApi(),
            ["reason"] = result.Reason,
            ["attemptsLeft"] = result.AttemptsLeft,
        };
        if (result.LockedUntil.ToApi() is { } lockedUntil) extensions["lockedUntil"] = lockedUntil;
        return Problems.ProblemResults.Problem(422, "Verification failed",
            $"The {result.Factor.ToApi()} check failed: {result.Reason}.", extensions);
    }
}
