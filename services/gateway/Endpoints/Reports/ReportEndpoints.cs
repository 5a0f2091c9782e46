using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Risk.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Problems;
using RiskClient = Platform.Contracts.Risk.V1.Risk.RiskClient;

namespace Platform.Gateway.Endpoints.Reports;

/// <summary>User reports of suspicious transactions or accounts.</summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/reports").WithTags("Reports").MapPost("/", ReportAsync);
        return api;
    }

    private static async Task<Created<ReportReceiptResponse>> ReportAsync(ReportBody body, HttpContext http, RiskClient risk, ServiceCalls calls)
    {
        var receipt = await risk.ReportSuspiciousAsync(new ReportRequest
        {
            ReporterUserId = http.User.UserId(),
            SubjectType = FieldNames.ToSnakeCase(body.SubjectType!.Value.ToString()),
            SubjectId = body.SubjectId,
            Description = body.Description,
        }, calls.ForUser(http));
        return TypedResults.Created((string?)null, new ReportReceiptResponse(receipt.CaseId));
    }
}
