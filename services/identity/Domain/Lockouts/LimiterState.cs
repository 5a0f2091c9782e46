namespace Platform.Identity.Domain.Lockouts;

/// <summary>Where a credential's limiter stands, for the security centre.</summary>
public sealed record LimiterState(bool Locked, DateTimeOffset? LockedUntil, bool Disabled);
