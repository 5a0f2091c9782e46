using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Notification.V1;
using Platform.Contracts.Risk.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Announcements;
using Platform.Gateway.Endpoints.Common;
using Platform.Gateway.Endpoints.Credit;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;
using RiskClient = Platform.Contracts.Risk.V1.Risk.RiskClient;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary>Operator routes (<c>X-Operator-Key</c>): announcements, review cases, risk rules and lists, credit lines.</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Operators").RequireAuthorization(GatewaySchemes.OperatorPolicy);
        admin.MapPost("/announcements", PublishAnnouncementAsync);
        admin.MapGet("/cases", ListCasesAsync);
        admin.MapPost("/cases/{caseId}/resolution", ResolveCaseAsync);
        admin.MapGet("/rules", GetRulesAsync);
        admin.MapPut("/rules", PublishRulesAsync);
        admin.MapPost("/lists", AddToListAsync);
        admin.MapPost("/credit-lines", OpenCreditLineAsync);
        if (((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value.ExposeSmsOutbox)
            admin.MapGet("/sms", ListSmsAsync);
        return api;
    }

    private static async Task<Created<AnnouncementResponse>> PublishAnnouncementAsync(
        PublishAnnouncementBody body, HttpContext http, Notifications.NotificationsClient notifications, ServiceCalls calls)
    {
        var announcement = await notifications.PublishAnnouncementAsync(new PublishAnnouncementRequest
        {
            TitleZh = body.TitleZh, BodyZh = body.BodyZh, TitleEn = body.TitleEn, BodyEn = body.BodyEn,
        }, calls.ForOperator(http));
        return TypedResults.Created("/api/announcements", announcement.ToResponse());
    }

    private static async Task<Ok<ReviewCaseResponse[]>> ListCasesAsync(
        [AsParameters] CaseQuery query, HttpContext http, RiskClient risk, ServiceCalls calls)
    {
        var cases = await risk.ListCasesAsync(new ListCasesRequest
        {
            Status = query.Status ?? "", PageSize = query.PageSize ?? Page.DefaultSize,
        }, calls.ForOperator(http));
        return TypedResults.Ok(cases.Cases.Select(c => c.ToResponse()).ToArray());
    }

    private static async Task<Ok<ReviewCaseResponse>> ResolveCaseAsync(
        [Identifier] string caseId, ResolveCaseBody body, HttpContext http, RiskClient risk, ServiceCalls calls) =>
        TypedResults.Ok((await risk.ResolveCaseAsync(new ResolveCaseRequest
        {
            CaseId = caseId, Resolution = body.Resolution!.Value.ToProto(), Note = body.Note ?? "",
        }, calls.ForOperator(http))).ToResponse());

    private static async Task<Ok<RuleSetModel>> GetRulesAsync([AsParameters] RulesQuery query, HttpContext http, RiskClient risk, ServiceCalls calls) =>
        TypedResults.Ok((await risk.GetRulesAsync(new GetRulesRequest { Version = query.Version ?? "" }, calls.ForOperator(http))).ToModel());

    private static async Task<Ok<RuleSetModel>> PublishRulesAsync(RuleSetModel body, HttpContext http, RiskClient risk, ServiceCalls calls) =>
        TypedResults.Ok((await risk.PublishRulesAsync(body.ToProto(), calls.ForOperator(http))).ToModel());

    private static async Task<Created<ListEntryModel>> AddToListAsync(ListEntryModel body, HttpContext http, RiskClient risk, ServiceCalls calls)
    {
        await risk.AddToListAsync(new ListEntry
        {
            List = body.List!.Value.ToProto(), Value = body.Value, Reason = body.Reason ?? "",
        }, calls.ForOperator(http));
        return TypedResults.Created((string?)null, body);
    }

    private static async Task<Ok<CreditLineResponse>> OpenCreditLineAsync(
        OpenCreditLineBody body, HttpContext http, CreditClient credit, ServiceCalls calls) =>
        TypedResults.Ok((await credit.OpenLineAsync(new OpenLineRequest
        {
            UserId = body.UserId, LimitFen = body.LimitFen, CashLimitFen = body.CashLimitFen, StatementDay = body.StatementDay,
        }, calls.ForOperator(http))).ToResponse());

    private static async Task<Ok<SmsResponse[]>> ListSmsAsync(
        [AsParameters] SmsQuery query, HttpContext http, Notifications.NotificationsClient notifications, ServiceCalls calls)
    {
        var sms = await notifications.ListSmsAsync(new ListSmsRequest
        {
            Phone = query.Phone, PageSize = query.PageSize ?? Page.DefaultSize,
        }, calls.ForOperator(http));
        return TypedResults.Ok(sms.Messages.Select(m => new SmsResponse(m.MessageId, m.Phone, m.Text, m.At.ToApi())).ToArray());
    }
}
