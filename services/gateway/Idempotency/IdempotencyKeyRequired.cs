namespace Platform.Gateway.Idempotency;

/// <summary>Endpoint metadata: the route moves money, so it needs an Idempotency-Key and executes once per key.</summary>
public sealed class IdempotencyKeyRequired
{
    public static IdempotencyKeyRequired Instance { get; } = new();
}
