using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Saga.Steps;

/// <summary>Runs when no reviewer decided before the review deadline: the withdrawal is rejected, nothing held.</summary>
public sealed class ReviewExpiredStep : SagaStep
{
    public override SagaState State => SagaState.Review;
    public override string Name => "review_expired";

    public override Task<StepResult> RunAsync(SagaStepContext context, CancellationToken cancellationToken) =>
        Task.FromResult(StepResult.Commit(context.Record.MoveTo(SagaState.Rejected, context.Now,
            "The review was not completed in time. Nothing was charged.")));
}
