namespace Platform.Withdrawal.Tests.Infrastructure;

/// <summary>
/// A clock tests move by hand. Only "now" is controlled: timers and delays still run on real time, so background
/// loops keep ticking and see the moved clock.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "Time only moves forward.");
        Interlocked.Add(ref _utcTicks, by.Ticks);
    }
}
