using Platform.Gateway.Client;

namespace Platform.Bench.Withdrawals;

/// <summary>A withdrawal a simulated user started, and whether it was started inside the measured window.</summary>
public sealed record StartedWithdrawal(SimulatedUser User, string WithdrawalId, bool Measured);
