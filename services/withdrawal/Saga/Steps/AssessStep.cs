using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Contracts.Risk.V1;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Configuration;
using IdentityClient = Platform.Contracts.Identity.V1.Identity.IdentityClient;
using RiskClient = Platform.Contracts.Risk.V1.Risk.RiskClient;

namespace Platform.Withdrawal.Saga.Steps;

/// <summary>
/// Asks risk to decide: decline → REJECTED; review → UNDER_REVIEW; approve or step-up → opens the verification
/// with identity for the factors risk asks for → VERIFICATION_REQUIRED.
/// </summary>
public sealed class AssessStep(
    RiskClient risk, IdentityClient identity, VerificationOpener verifications, DownstreamCalls calls, IOptions<WithdrawalOptions> options)
    : SagaStep
{
    public override SagaState State => SagaState.Assessing;
    public override string Name => "assess";

    public override async Task<StepResult> RunAsync(SagaStepContext context, CancellationToken cancellationToken)
    {
        var record = context.Record;
        try
        {
            var trusted = await IsTrustedDeviceAsync(record, cancellationToken).ConfigureAwait(false);
            var assessment = await IdempotentRetry.RunAsync(() => risk.AssessAsync(new AssessRequest
            {
                UserId = record.UserId,
                OperationId = record.Id,
                AmountFen = record.AmountFen,
                DeviceId = record.DeviceId,
                DeviceTrusted = trusted,
                CardFingerprint = record.CardFingerprint,
                ClientIp = record.ClientIp,
                At = Timestamp.FromDateTimeOffset(record.CreatedAt),
            }, calls.Risk(record.UserId, cancellationToken)).ResponseAsync).ConfigureAwait(false);
            return await DecideAsync(context, assessment, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException error) when (error.IsTransient())
        {
            return StepResult.Retry("risk or identity unavailable", error);
        }
        catch (RpcException error)
        {
            return StepResult.Commit(record.MoveTo(SagaState.Failed, context.Now,
                $"The withdrawal could not be assessed: {error.Explanation()}"));
        }
    }

    public override Task<StepResult?> GiveUpAsync(SagaStepContext context, CancellationToken cancellationToken) =>
        Task.FromResult<StepResult?>(StepResult.Commit(context.Record.MoveTo(SagaState.Failed, context.Now,
            "The withdrawal could not be assessed: risk control is unavailable. Nothing was charged.")));

    private async Task<StepResult> DecideAsync(SagaStepContext context, Assessment assessment, CancellationToken cancellationToken)
    {
        var record = context.Record;
        switch (assessment.Decision)
        {
            case Decision.Decline:
                return StepResult.Commit(record.MoveTo(SagaState.Rejected, context.Now, $"Declined by risk control: {Describe(assessment)}"));
            case Decision.Review:
                var review = record.MoveTo(SagaState.Review, context.Now, $"Held for review: {Describe(assessment)}") with
                {
                    RiskCaseId = assessment.CaseId,
                    RequiredFactors = assessment.RequiredFactors.ToList(),
                };
                return StepResult.Commit(review.WaitUntil(context.Now + options.Value.ReviewTimeout));
            case Decision.Approve or Decision.StepUp:
                var verifying = await verifications.OpenAsync(record, assessment.RequiredFactors, context.Now, cancellationToken).ConfigureAwait(false);
                return StepResult.Commit(verifying);
            default:
                return StepResult.Retry($"risk answered without a decision ({assessment.Decision})");
        }
    }

    private async Task<bool> IsTrustedDeviceAsync(WithdrawalRecord record, CancellationToken cancellationToken)
    {
        if (record.DeviceId.Length == 0) return false;
        var devices = await identity.ListDevicesAsync(
            new UserRequest { UserId = record.UserId }, calls.Identity(record.UserId, cancellationToken)).ResponseAsync.ConfigureAwait(false);
        return devices.Devices.Any(device => device.Trusted && device.DeviceId == record.DeviceId);
    }

    private static string Describe(Assessment assessment) =>
        assessment.Reasons.Count == 0
            ? "no reason given"
            : string.Join("; ", assessment.Reasons.Select(reason =>
                string.IsNullOrWhiteSpace(reason.Description) ? reason.Code : $"{reason.Description} ({reason.Code})"));
}
