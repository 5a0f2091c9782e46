using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Withdrawal.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Common;
using Platform.Gateway.Idempotency;
using Platform.Gateway.Telemetry;
using WithdrawalsClient = Platform.Contracts.Withdrawal.V1.Withdrawals.WithdrawalsClient;

namespace Platform.Gateway.Endpoints.Withdrawals;

/// <summary>Create, confirm and read the user's withdrawals. Creating and confirming move money: Idempotency-Key.</summary>
public static class WithdrawalEndpoints
{
    public static RouteGroupBuilder MapWithdrawalEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/withdrawals").WithTags("Withdrawals");
        group.MapPost("/", CreateAsync).RequireIdempotencyKey();
        group.MapGet("/", ListAsync);
        group.MapGet("/{withdrawalId}", GetAsync);
        group.MapPost("/{withdrawalId}/confirm", ConfirmAsync).RequireIdempotencyKey();
        return api;
    }

    private static async Task<Accepted<WithdrawalResponse>> CreateAsync(
        CreateWithdrawalBody body, HttpContext http, WithdrawalsClient withdrawals,
        ServiceCalls calls, GatewayMetrics metrics)
    {
        var withdrawal = await withdrawals.CreateAsync(new CreateWithdrawalRequest
        {
            UserId = http.User.UserId(),
            IdempotencyKey = http.Request.Headers[IdempotencyKey.Header].ToString(),
            AmountFen = body.AmountFen,
            CardId = body.CardId,
            DeviceId = http.User.DeviceId() ?? "",
            ClientIp = http.Connection.RemoteIpAddress?.ToString() ?? "",
        }, calls.ForUser(http));
        var response = withdrawal.ToResponse();
        metrics.WithdrawalRequested(response.Status.ToString());
        return TypedResults.Accepted($"/api/withdrawals/{response.WithdrawalId}", response);
    }

    private static async Task<Accepted<WithdrawalResponse>> ConfirmAsync(
        [Identifier] string withdrawalId, ConfirmWithdrawalBody body, HttpContext http,
        WithdrawalsClient withdrawals, ServiceCalls calls)
    {
        var withdrawal = await withdrawals.ConfirmAsync(new ConfirmWithdrawalRequest
        {
            UserId = http.User.UserId(), WithdrawalId = withdrawalId, Ticket = body.Ticket,
        }, calls.ForUser(http));
        return TypedResults.Accepted($"/api/withdrawals/{withdrawalId}", withdrawal.ToResponse());
    }

    private static async Task<Ok<WithdrawalResponse>> GetAsync(
        [Identifier] string withdrawalId, HttpContext http, WithdrawalsClient withdrawals,
        ServiceCalls calls)
    {
        var withdrawal = await withdrawals.GetAsync(
            new GetWithdrawalRequest { UserId = http.User.UserId(), WithdrawalId = withdrawalId }, calls.ForUser(http));
        return TypedResults.Ok(withdrawal.ToResponse());
    }

    private static async Task<Ok<WithdrawalPage>> ListAsync(
        [AsParameters] Page page, HttpContext http, WithdrawalsClient withdrawals,
        ServiceCalls calls)
    {
        var list = await withdrawals.ListAsync(new ListWithdrawalsRequest
        {
            UserId = http.User.UserId(), PageSize = page.Size, PageToken = page.Token,
        }, calls.ForUser(http));
        return TypedResults.Ok(new WithdrawalPage(
            list.Withdrawals.Select(w => w.ToResponse()).ToArray(),
            list.NextPageToken.Length == 0 ? null : list.NextPageToken));
    }
}
