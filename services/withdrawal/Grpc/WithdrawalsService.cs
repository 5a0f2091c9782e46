using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Contracts.Withdrawal.V1;
using Platform.ServiceDefaults.Security;
using Platform.Withdrawal.Handlers;
using Platform.Withdrawal.Configuration;
using Platform.Withdrawal.Storage;
using WithdrawalMessage = Platform.Contracts.Withdrawal.V1.Withdrawal;

namespace Platform.Withdrawal.Grpc;

/// <summary>
/// The Withdrawals gRPC service. Every RPC is user-scoped: the signed caller must act for request.user_id, and a
/// user only ever sees their own withdrawals (their keys live under their own hash tag).
/// </summary>
public sealed class WithdrawalsService(
    CallerVerifier verifier, CreateWithdrawalHandler create, ConfirmWithdrawalHandler confirm, WithdrawalStore store,
    IOptions<WithdrawalOptions> options) : Withdrawals.WithdrawalsBase
{
    public override async Task<WithdrawalMessage> Create(CreateWithdrawalRequest request, ServerCallContext context)
    {
        var caller = verifier.RequireUser(context, request.UserId);
        RequestValidation.Validate(request);
        try
        {
            return (await create.HandleAsync(request, caller, context.CancellationToken).ConfigureAwait(false)).ToMessage();
        }
        catch (IdempotencyMismatchException mismatch)
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, mismatch.Message));
        }
    }

    public override async Task<WithdrawalMessage> Confirm(ConfirmWithdrawalRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        RequestValidation.Validate(request);
        return (await confirm.HandleAsync(request, context.CancellationToken).ConfigureAwait(false)).ToMessage();
    }

    public override async Task<WithdrawalMessage> Get(GetWithdrawalRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        RequestValidation.Validate(request);
        var record = await store.GetAsync(request.UserId, request.WithdrawalId, context.CancellationToken).ConfigureAwait(false)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "withdrawal_id does not name a withdrawal of this account"));
        return record.ToMessage();
    }

    public override async Task<ListWithdrawalsResponse> List(ListWithdrawalsRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        RequestValidation.Validate(request, options.Value.MaxPageSize);
        var pageSize = request.PageSize == 0 ? options.Value.DefaultPageSize : request.PageSize;
        var afterId = request.PageToken.Length == 0 ? null : request.PageToken;
        var page = await store.ListAsync(request.UserId, pageSize, afterId, context.CancellationToken).ConfigureAwait(false);
        var response = new ListWithdrawalsResponse { NextPageToken = page.NextAfterId ?? "" };
        response.Withdrawals.AddRange(page.Withdrawals.Select(record => record.ToMessage()));
        return response;
    }
}
