namespace Platform.Gateway.Idempotency;

/// <summary>What claiming an Idempotency-Key found.</summary>
public enum ClaimOutcome
{
    /// <summary>The key was free: this request executes.</summary>
    Claimed,

    /// <summary>A request with the same key and body finished: replay its response.</summary>
    Replay,

    /// <summary>The key was used with a different request.</summary>
    Mismatch,

    /// <summary>A request with the same key and body is still executing.</summary>
    Pending,
}
