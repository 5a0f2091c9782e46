namespace Platform.Withdrawal.Bank;

/// <summary>Where a payout stands at the bank.</summary>
public enum PayoutStatus
{
    /// <summary>Accepted; the money is on its way (settles at the expected arrival time).</summary>
    Pending,

    /// <summary>The money arrived.</summary>
    Settled,

    /// <summary>Refused when it was sent; no money moved.</summary>
    Rejected,

    /// <summary>Accepted, then failed to settle; no money moved.</summary>
    Failed,

    /// <summary>Cancelled before it settled; no money moved.</summary>
    Cancelled,
}
