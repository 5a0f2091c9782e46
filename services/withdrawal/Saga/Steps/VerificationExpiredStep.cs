using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Saga.Steps;

/// <summary>Runs when the user did not confirm before the verification's deadline: the withdrawal fails, nothing held.</summary>
public sealed class VerificationExpiredStep : SagaStep
{
    public override SagaState State => SagaState.Verifying;
    public override string Name => "verification_expired";

    public override Task<StepResult> RunAsync(SagaStepContext context, CancellationToken cancellationToken) =>
        Task.FromResult(StepResult.Commit(context.Record.MoveTo(SagaState.Failed, context.Now,
            "The verification was not completed in time. Nothing was charged.")));
}
