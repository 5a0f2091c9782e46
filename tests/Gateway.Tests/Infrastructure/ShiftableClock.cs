namespace Platform.Gateway.Tests.Infrastructure;

/// <summary>The system clock moved by an offset a test sets, e.g. to see a token expire without waiting for it.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
