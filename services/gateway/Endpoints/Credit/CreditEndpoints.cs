using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Credit.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Common;
using Platform.Gateway.Idempotency;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;

namespace Platform.Gateway.Endpoints.Credit;

/// <summary>The user's credit line, ledger, bills, repayments (Idempotency-Key) and self-set limits.</summary>
public static class CreditEndpoints
{
    public static RouteGroupBuilder MapCreditEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/credit").WithTags("Credit");
        group.MapGet("/line", GetLineAsync);
        group.MapGet("/ledger", ListLedgerAsync);
        group.MapGet("/bills", ListBillsAsync);
        group.MapPost("/repayments", RepayAsync).RequireIdempotencyKey();
        group.MapPut("/limits", SetLimitsAsync);
        return api;
    }

    private static async Task<Ok<CreditLineResponse>> GetLineAsync(HttpContext http, CreditClient credit, ServiceCalls calls) =>
        TypedResults.Ok((await credit.GetLineAsync(new GetLineRequest { UserId = http.User.UserId() }, calls.ForUser(http))).ToResponse());

    private static async Task<Ok<LedgerPage>> ListLedgerAsync(
        [AsParameters] Page page, HttpContext http, CreditClient credit, ServiceCalls calls)
    {
        var ledger = await credit.ListLedgerAsync(new ListLedgerRequest
        {
            UserId = http.User.UserId(), PageSize = page.Size, PageToken = page.Token,
        }, calls.ForUser(http));
        return TypedResults.Ok(new LedgerPage(
            ledger.Entries.Select(e => e.ToResponse()).ToArray(),
            ledger.NextPageToken.Length == 0 ? null : ledger.NextPageToken));
    }

    private static async Task<Ok<BillResponse[]>> ListBillsAsync(HttpContext http, CreditClient credit, ServiceCalls calls)
    {
        var bills = await credit.ListBillsAsync(new ListBillsRequest { UserId = http.User.UserId() }, calls.ForUser(http));
        return TypedResults.Ok(bills.Bills.Select(b => b.ToResponse()).ToArray());
    }

    private static async Task<Ok<CreditLineResponse>> RepayAsync(RepayBody body, HttpContext http, CreditClient credit, ServiceCalls calls)
    {
        var line = await credit.RepayAsync(new RepayRequest
        {
            UserId = http.User.UserId(),
            OperationId = http.Request.Headers[IdempotencyKey.Header].ToString(),
            AmountFen = body.AmountFen,
        }, calls.ForUser(http));
        return TypedResults.Ok(line.ToResponse());
    }

    private static async Task<Ok<CreditLineResponse>> SetLimitsAsync(
        UserLimitsModel body, HttpContext http, CreditClient credit, ServiceCalls calls)
    {
        var line = await credit.SetUserLimitsAsync(new SetUserLimitsRequest
        {
            UserId = http.User.UserId(),
            Limits = new UserLimits { SingleTransactionFen = body.SingleTransactionFen, DailyFen = body.DailyFen },
        }, calls.ForUser(http));
        return TypedResults.Ok(line.ToResponse());
    }
}
