namespace Platform.Gateway.RateLimiting;

/// <summary>Named rate-limit policies endpoints opt into (every /api request also passes the global per-client and per-user limits).</summary>
public static class RateLimitPolicies
{
    /// <summary>Stricter: routes where a wrong guess costs the user (passwords, codes, face, device proofs).</summary>
    public const string Credentials = "credentials";
}
