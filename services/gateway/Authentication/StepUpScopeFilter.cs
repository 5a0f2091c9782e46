using Platform.Gateway.Problems;

namespace Platform.Gateway.Authentication;

/// <summary>Keeps a step-up principal to the routes of its own verification (<c>{verificationId}</c> in the route).</summary>
public sealed class StepUpScopeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.StepUpVerificationId() is { } allowed &&
            !string.Equals(http.GetRouteValue("verificationId") as string, allowed, StringComparison.Ordinal))
            return ProblemResults.Problem(403, "Forbidden", "The step-up token is only valid for its own verification.");
        return await next(context);
    }
}
