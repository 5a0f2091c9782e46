namespace Platform.Gateway.Idempotency;

/// <summary>How Idempotency-Key requests are remembered (section <c>Gateway:Idempotency</c>).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Gateway:Idempotency";

    /// <summary>How long a stored response is replayed for the same key.</summary>
    public TimeSpan ResponseLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a request holds its key while it executes; longer than any downstream deadline.</summary>
    public TimeSpan ClaimLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a duplicate waits for the first request with its key to finish before answering 409.</summary>
    public TimeSpan ConcurrentWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a waiting duplicate looks again.</summary>
    public TimeSpan ConcurrentPollInterval { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>Responses larger than this are answered but not stored.</summary>
    public int MaxStoredBodyBytes { get; set; } = 64 * 1024;
}
