namespace Platform.Credit.Domain;

/// <summary>Where a hold is in its life: pending, then exactly one of posted, voided or expired.</summary>
public enum HoldStatus
{
    Pending,
    Posted,
    Voided,
    Expired,
}
