using System.Security.Claims;

namespace Platform.Gateway.Authentication;

/// <summary>The claims the gateway reads from an authenticated principal.</summary>
public static class UserClaims
{
    /// <summary>The user id: the access token's subject.</summary>
    public const string Subject = "sub";

    /// <summary>The device the session was issued to, when identity names it.</summary>
    public const string Device = "did";

    /// <summary>On a step-up principal: the one login verification it may prove factors for.</summary>
    public const string Verification = "vid";

    /// <summary>The operator id of a caller authenticated with an operator key.</summary>
    public const string Operator = "operator";

    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(Subject) ?? throw new InvalidOperationException("The request is not authenticated as a user.");

    public static string? DeviceId(this ClaimsPrincipal user) => user.FindFirstValue(Device);

    public static string? StepUpVerificationId(this ClaimsPrincipal user) => user.FindFirstValue(Verification);

    public static string OperatorId(this ClaimsPrincipal user) =>
        user.FindFirstValue(Operator) ?? throw new InvalidOperationException("The request is not authenticated as an operator.");
}
