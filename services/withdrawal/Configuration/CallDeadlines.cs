namespace Platform.Withdrawal.Configuration;

/// <summary>The deadline of every outgoing call, per callee.</summary>
public sealed class CallDeadlines
{
    public TimeSpan Risk { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan Identity { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan Credit { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan Bank { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Longest => new[] { Risk, Identity, Credit, Bank }.Max();

    public void Validate()
    {
        if (Risk <= TimeSpan.Zero || Identity <= TimeSpan.Zero || Credit <= TimeSpan.Zero || Bank <= TimeSpan.Zero)
            throw new InvalidOperationException("Withdrawal options: every call deadline must be positive.");
    }
}
