namespace Platform.Gateway.Authentication;

/// <summary>The gateway's authentication schemes and the authorization policies built on them.</summary>
public static class GatewaySchemes
{
    /// <summary>A user's access token, issued by identity: <c>Authorization: Bearer …</c>.</summary>
    public const string Bearer = "Bearer";

    /// <summary>An operator's key from configuration: <c>X-Operator-Key: …</c>.</summary>
    public const string OperatorKey = "OperatorKey";

    /// <summary>The step-up token of a login awaiting verification: <c>X-Step-Up-Token: …</c>.</summary>
    public const string StepUp = "StepUp";

    public const string UserPolicy = "user";

    /// <summary>A signed-in user, or a login awaiting verification (limited to that verification's routes).</summary>
    public const string VerifierPolicy = "verifier";
    public const string OperatorPolicy = "operator";
}
