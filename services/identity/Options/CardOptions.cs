namespace Platform.Identity.Options;

/// <summary>Bank cards bound for payout.</summary>
public sealed class CardOptions
{
    public int MaxCards { get; set; } = 10;
}
