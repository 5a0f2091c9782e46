using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Events;
using Platform.Withdrawal.Configuration;
using Platform.Withdrawal.Storage;
using Platform.Withdrawal.Telemetry;

namespace Platform.Withdrawal.Saga;

/// <summary>
/// Drives a saga step by step under its lease until it ends, has to wait (for the user, a reviewer, the bank or a
/// retry's back-off), or the caller says stop. Each step's outcome and its event are committed in one script.
/// </summary>
public sealed partial class SagaDriver(
    WithdrawalStore store, SagaLeases leases, IEnumerable<SagaStep> steps, WithdrawalEvents events,
    WithdrawalTelemetry telemetry, IOptions<WithdrawalOptions> options, TimeProvider time, ILogger<SagaDriver> logger)
{
    private readonly Dictionary<SagaState, SagaStep> _steps = steps.ToDictionary(step => step.State);

    /// <summary>Takes the saga's lease and drives it; null when another driver holds the lease or the saga does not exist.</summary>
    public async Task<WithdrawalRecord?> TryDriveAsync(SagaRef saga, Func<WithdrawalRecord, bool>? keepGoing, CancellationToken cancellationToken)
    {
        var leased = await leases.TryAcquireAsync(saga, cancellationToken).ConfigureAwait(false);
        if (leased is null) return null;
        await using var lease = leased.Lease;
        return leased.Record is null ? null : await DriveAsync(lease, leased.Record, keepGoing, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drives a saga whose lease the caller holds, from <paramref name="record"/> as last committed.</summary>
    public async Task<WithdrawalRecord> DriveAsync(
        SagaLease lease, WithdrawalRecord record, Func<WithdrawalRecord, bool>? keepGoing, CancellationToken cancellationToken)
    {
        try
        {
            while (!lease.IsReleased && HasStepToRun(record, keepGoing, time.GetUtcNow()))
            {
                if (!await lease.RenewAsync(cancellationToken).ConfigureAwait(false)) break;
                record = await RunStepAsync(_steps[record.State], lease, record, time.GetUtcNow(), keepGoing, cancellationToken).ConfigureAwait(false);
            }
            return record;
        }
        catch (SagaConflictException conflict)
        {
            LogConflict(logger, record.Id, conflict.Message);
            return await store.GetAsync(record.UserId, record.Id, cancellationToken).ConfigureAwait(false) ?? record;
        }
    }

    /// <summary>Commits a change decided outside the steps (confirmation, a reviewer's decision) with its event.</summary>
    public Task<WithdrawalRecord> CommitAsync(
        SagaLease lease, WithdrawalRecord current, WithdrawalRecord next, CancellationToken cancellationToken) =>
        CommitAsync(lease, current, next, releaseLease: false, cancellationToken);

    private async Task<WithdrawalRecord> CommitAsync(
        SagaLease lease, WithdrawalRecord current, WithdrawalRecord next, bool releaseLease, CancellationToken cancellationToken)
    {
        var due = next.State.IsTerminal() ? (DateTimeOffset?)null : next.NotBefore ?? time.GetUtcNow() + options.Value.LeaseDuration;
        await store.CommitAsync(lease, current, next, due, events.ForTransition(current, next), releaseLease, cancellationToken).ConfigureAwait(false);
        if (next.State.IsTerminal() && next.State != current.State) telemetry.Ended(next.State.ToStorageName());
        return next;
    }

    private async Task<WithdrawalRecord> RunStepAsync(
        SagaStep step, SagaLease lease, WithdrawalRecord record, DateTimeOffset now, Func<WithdrawalRecord, bool>? keepGoing,
        CancellationToken cancellationToken)
    {
        using var activity = WithdrawalTelemetry.ActivitySource.StartActivity($"withdrawal.{step.Name}");
        activity?.SetTag("withdrawal.id", record.Id);
        activity?.SetTag("withdrawal.attempt", record.Attempts + 1);
        var started = Stopwatch.GetTimestamp();

        var context = new SagaStepContext(record, lease, now, (current, next) => CommitAsync(lease, current, next, cancellationToken));
        var result = record.Attempts >= options.Value.MaxStepAttempts
            ? await step.GiveUpAsync(context, cancellationToken).ConfigureAwait(false) ?? await step.RunAsync(context, cancellationToken).ConfigureAwait(false)
            : await step.RunAsync(context, cancellationToken).ConfigureAwait(false);

        var current = context.Record;
        WithdrawalRecord next;
        if (result.IsRetry)
        {
            next = current with { Attempts = current.Attempts + 1, NotBefore = now + Backoff(current.Attempts) };
            LogRetry(logger, result.Error, current.Id, step.Name, current.Attempts + 1, result.RetryReason);
            activity?.SetStatus(ActivityStatusCode.Error, result.RetryReason);
        }
        else
        {
            next = result.Next!;
        }
        // When the loop will stop after this step anyway, the step's commit also lets the lease go.
        next = await CommitAsync(lease, current, next, releaseLease: !HasStepToRun(next, keepGoing, now), cancellationToken).ConfigureAwait(false);
        activity?.SetTag("withdrawal.state", next.State.ToStorageName());
        telemetry.StepFinished(step.Name, result.IsRetry ? "retry" : "ok", Stopwatch.GetElapsedTime(started));
        return next;
    }

    /// <summary>Whether the drive goes on from <paramref name="record"/>: it has not ended, the caller wants more, and its next step is due.</summary>
    private static bool HasStepToRun(WithdrawalRecord record, Func<WithdrawalRecord, bool>? keepGoing, DateTimeOffset now) =>
        !record.State.IsTerminal() && (keepGoing?.Invoke(record) ?? true) && record.IsDue(now);

    private TimeSpan Backoff(int attempts)
    {
        var settings = options.Value;
        var delay = settings.RetryMinDelay * Math.Pow(2, Math.Min(attempts, 20));
        return delay < settings.RetryMaxDelay ? delay : settings.RetryMaxDelay;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Withdrawal {WithdrawalId}: stopped driving, {Why}")]
    private static partial void LogConflict(ILogger logger, string withdrawalId, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Withdrawal {WithdrawalId}: step {Step} attempt {Attempt} will be retried: {Reason}")]
    private static partial void LogRetry(ILogger logger, Exception? error, string withdrawalId, string step, int attempt, string? reason);
}
