using Platform.Contracts.Identity.V1;

namespace Platform.Withdrawal.Configuration;

/// <summary>The saga's tunables, bound from the "Withdrawal" configuration section.</summary>
public sealed class WithdrawalOptions : ISelfValidatingOptions
{
    public const string Section = "Withdrawal";

    /// <summary>How long one replica owns a saga after taking (or renewing) its lease.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the recovery worker looks for sagas that are due (crashed, retrying or timed out).</summary>
    public TimeSpan RecoveryScanInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many due sagas one recovery scan picks up.</summary>
    public int RecoveryBatchSize { get; set; } = 500;

    /// <summary>How many sagas this replica drives at once in the background.</summary>
    public int DriverConcurrency { get; set; } = 32;

    /// <summary>How long the user has to prove the factors and confirm before the withdrawal fails.</summary>
    public TimeSpan VerificationTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a withdrawal waits for a reviewer before it is rejected.</summary>
    public TimeSpan ReviewTimeout { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The credit hold's own expiry: far longer than any payout, so only an abandoned hold expires.</summary>
    public TimeSpan HoldExpiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long an Idempotency-Key is remembered.</summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The first delay before a failed step is tried again; it doubles up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryMinDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts at a step that can give up (assess, reserve, payout) before the withdrawal fails.</summary>
    public int MaxStepAttempts { get; set; } = 8;

    /// <summary>How long past the expected arrival a payout may stay unsettled before the saga cancels it.</summary>
    public TimeSpan SettlementTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often an overdue settlement is asked about.</summary>
    public TimeSpan SettlementPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The factors asked for when risk approves without naming any.</summary>
    public Factor[] DefaultFactors { get; set; } = [Factor.Face];

    /// <summary>The factors asked for once a reviewer approves a withdrawal risk held (it looked suspicious: the strongest).</summary>
    public Factor[] ReviewApprovedFactors { get; set; } = [Factor.Face, Factor.SmsCode];

    public int DefaultPageSize { get; set; } = 20;
    public int MaxPageSize { get; set; } = 100;

    public CallDeadlines Deadlines { get; set; } = new();

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        static void Require(bool ok, string message)
        {
            if (!ok) throw new InvalidOperationException($"Withdrawal options: {message}.");
        }

        Require(LeaseDuration > TimeSpan.Zero && RecoveryScanInterval > TimeSpan.Zero, "LeaseDuration and RecoveryScanInterval must be positive");
        Require(RecoveryBatchSize > 0 && DriverConcurrency > 0 && MaxStepAttempts > 0, "batch size, concurrency and attempts must be positive");
        Require(RetryMinDelay > TimeSpan.Zero && RetryMaxDelay >= RetryMinDelay, "RetryMinDelay must be positive and at most RetryMaxDelay");
        Require(VerificationTimeout > TimeSpan.Zero && ReviewTimeout > TimeSpan.Zero, "timeouts must be positive");
        Require(HoldExpiry >= TimeSpan.FromMinutes(1), "HoldExpiry must be at least a minute");
        Require(SettlementTimeout > TimeSpan.Zero && SettlementPollInterval > TimeSpan.Zero, "settlement timings must be positive");
        Require(DefaultPageSize > 0 && MaxPageSize >= DefaultPageSize, "page sizes must be positive, MaxPageSize at least DefaultPageSize");
        Require(DefaultFactors.Length > 0 && !DefaultFactors.Contains(Factor.Unspecified), "DefaultFactors must name real factors");
        Require(ReviewApprovedFactors.Length > 0 && !ReviewApprovedFactors.Contains(Factor.Unspecified), "ReviewApprovedFactors must name real factors");
        Deadlines.Validate();
        // A step must finish well within the lease, or another replica could take the saga while a call is in flight.
        Require(LeaseDuration >= 2 * Deadlines.Longest, "LeaseDuration must be at least twice the longest call deadline");
    }
}
