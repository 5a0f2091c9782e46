using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Contracts.Credit.V1;
using Platform.Credit.Domain;
using Platform.Credit.Storage;
using Platform.Credit.Telemetry;
using Platform.ServiceDefaults.Security;

namespace Platform.Credit.Grpc;

/// <summary>
/// The credit contract. Each call authorises the caller, validates every field, then runs one script; reads may
/// be made by operators too, money moves only for the user themselves or a service acting for them.
/// </summary>
public sealed class CreditService(
    CallerVerifier verifier,
    CreditRequestValidator validate,
    CreditStore store,
    HoldExpiryIndex expiryIndex,
    BillCalculator bills,
    TimeProvider time,
    IOptions<CreditOptions> options) : Contracts.Credit.V1.Credit.CreditBase
{
    public override async Task<CreditLine> OpenLine(OpenLineRequest request, ServerCallContext context)
    {
        var caller = verifier.RequireUser(context, request.UserId, allowOperator: true);
        validate.OpenLine(request, caller.IsOperator);
        var defaults = options.Value.Caps.Highest;
        var outcome = await store.OpenLineAsync(request.UserId, request.LimitFen, request.CashLimitFen, request.StatementDay,
            defaults, time.GetUtcNow(), context.CancellationToken);
        CreditTelemetry.RecordOperation("open_line", outcome.Outcome);
        return outcome.Outcome is "opened" or "existing"
            ? outcome.RequiredLine.ToContract(request.UserId)
            : throw CreditErrors.FromOutcome(outcome);
    }

    public override async Task<CreditLine> GetLine(GetLineRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId, allowOperator: true);
        CreditRequestValidator.UserId(request.UserId);
        var outcome = await store.ReadAsync(request.UserId, null, time.GetUtcNow(), context.CancellationToken);
        return outcome.Line?.ToContract(request.UserId) ?? throw CreditErrors.FromOutcome(outcome);
    }

    public override async Task<Hold> Reserve(ReserveRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        var caps = validate.Reserve(request);
        var now = time.GetUtcNow();
        var seconds = request.ExpiresInSeconds == 0 ? options.Value.DefaultHoldSeconds : request.ExpiresInSeconds;
        var expiresAt = now.AddSeconds(seconds);
        await expiryIndex.AddAsync(request.UserId, request.OperationId, expiresAt, context.CancellationToken);
        var outcome = await store.ReserveAsync(request.UserId, request.OperationId, request.AmountFen, expiresAt,
            request.Strength.ToString(), caps, now, context.CancellationToken);
        CreditTelemetry.RecordOperation("reserve", outcome.Outcome);
        if (outcome.Outcome is "reserved" or "existing")
            return outcome.RequiredHold.ToContract(request.UserId, request.OperationId, outcome.RequiredLine);
        if (outcome.Outcome != CreditReasons.OperationConflict)
            await expiryIndex.RemoveAsync(request.UserId, request.OperationId);
        throw CreditErrors.FromOutcome(outcome, request.AmountFen);
    }

    public override Task<Hold> Post(SettleHoldRequest request, ServerCallContext context) =>
        SettleAsync(request, context, post: true);

    public override Task<Hold> Void(SettleHoldRequest request, ServerCallContext context) =>
        SettleAsync(request, context, post: false);

    public override async Task<Hold> GetHold(GetHoldRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId, allowOperator: true);
        validate.GetHold(request);
        var outcome = await store.ReadAsync(request.UserId, request.OperationId, time.GetUtcNow(), context.CancellationToken);
        return outcome.Hold?.ToContract(request.UserId, request.OperationId, outcome.RequiredLine)
            ?? throw CreditErrors.FromOutcome(outcome);
    }

    public override async Task<CreditLine> SetUserLimits(SetUserLimitsRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        validate.SetUserLimits(request);
        var outcome = await store.SetLimitsAsync(request.UserId, request.Limits.SingleTransactionFen, request.Limits.DailyFen,
            time.GetUtcNow(), context.CancellationToken);
        return outcome.Outcome == "updated" ? outcome.RequiredLine.ToContract(request.UserId) : throw CreditErrors.FromOutcome(outcome);
    }

    public override async Task<ListLedgerResponse> ListLedger(ListLedgerRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId, allowOperator: true);
        var (pageSize, after) = validate.ListLedger(request);
        var read = await store.ReadAsync(request.UserId, null, time.GetUtcNow(), context.CancellationToken);
        if (read.Line is null) throw CreditErrors.FromOutcome(read);
        var entries = await store.ReadLedgerAsync(request.UserId, after, pageSize, context.CancellationToken);
        var response = new ListLedgerResponse { NextPageToken = entries.Count == pageSize ? entries[^1].EntryId : "" };
        response.Entries.AddRange(entries.Select(entry => entry.ToContract()));
        return response;
    }

    public override async Task<ListBillsResponse> ListBills(ListBillsRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId, allowOperator: true);
        CreditRequestValidator.UserId(request.UserId);
        var now = time.GetUtcNow();
        var read = await store.ReadAsync(request.UserId, null, now, context.CancellationToken);
        if (read.Line is null) throw CreditErrors.FromOutcome(read);
        var posted = await store.ReadPostedPerDayAsync(request.UserId, context.CancellationToken);
        var response = new ListBillsResponse();
        response.Bills.AddRange(bills.Compute(read.Line, posted, now).Select(bill => bill.ToContract()));
        return response;
    }

    public override async Task<CreditLine> Repay(RepayRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        validate.Repay(request);
        var outcome = await store.RepayAsync(request.UserId, request.OperationId, request.AmountFen, time.GetUtcNow(),
            context.CancellationToken);
        CreditTelemetry.RecordOperation("repay", outcome.Outcome);
        return outcome.Outcome is "repaid" or "existing"
            ? outcome.RequiredLine.ToContract(request.UserId)
            : throw CreditErrors.FromOutcome(outcome, request.AmountFen);
    }

    private async Task<Hold> SettleAsync(SettleHoldRequest request, ServerCallContext context, bool post)
    {
        verifier.RequireUser(context, request.UserId);
        validate.Settle(request);
        var now = time.GetUtcNow();
        var outcome = post
            ? await store.PostAsync(request.UserId, request.OperationId, now, context.CancellationToken)
            : await store.VoidAsync(request.UserId, request.OperationId, request.Reason, now, context.CancellationToken);
        CreditTelemetry.RecordOperation(post ? "post" : "void", outcome.Outcome);
        if (outcome.Outcome is not ("posted" or "voided" or "unchanged")) throw CreditErrors.FromOutcome(outcome);
        await expiryIndex.RemoveAsync(request.UserId, request.OperationId);
        return outcome.RequiredHold.ToContract(request.UserId, request.OperationId, outcome.RequiredLine);
    }
}
