namespace Platform.Withdrawal.Configuration;

/// <summary>Options that check themselves, throwing <see cref="InvalidOperationException"/> naming the bad setting.</summary>
public interface ISelfValidatingOptions
{
    void Validate();
}
