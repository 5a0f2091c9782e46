using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Saga;

/// <summary>One step of the saga: what runs while a withdrawal is in <see cref="State"/>. Every step is idempotent.</summary>
public abstract class SagaStep
{
    public abstract SagaState State { get; }

    /// <summary>The step's name in spans and metrics ("reserve", "payout", ...).</summary>
    public abstract string Name { get; }

    public abstract Task<StepResult> RunAsync(SagaStepContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Runs instead of <see cref="RunAsync"/> once the step has failed too often: how the saga gives up safely.
    /// Null (the default) means this step never gives up and keeps retrying with the longest back-off.
    /// </summary>
    public virtual Task<StepResult?> GiveUpAsync(SagaStepContext context, CancellationToken cancellationToken) =>
        Task.FromResult<StepResult?>(null);
}
