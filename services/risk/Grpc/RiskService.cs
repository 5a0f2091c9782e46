using Grpc.Core;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Assessments;
using Platform.Risk.Cases;
using Platform.Risk.Storage;
using Platform.ServiceDefaults.Security;

namespace Platform.Risk.Grpc;

/// <summary>
/// The risk contract. Assess and ReportSuspicious act for a user (the user, or a service for them); cases, rules
/// and lists are for operators.
/// </summary>
public sealed class RiskService(
    CallerVerifier verifier,
    RiskRequestValidator validate,
    RiskAssessor assessor,
    CaseDesk caseDesk,
    CaseStore cases,
    RuleBook ruleBook,
    SubjectStore subjects,
    TimeProvider time) : Contracts.Risk.V1.Risk.RiskBase
{
    public override async Task<Assessment> Assess(AssessRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        var input = validate.Assess(request);
        return await assessor.AssessAsync(input, context.CancellationToken);
    }

    public override async Task<ReportReceipt> ReportSuspicious(ReportRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.ReporterUserId);
        validate.Report(request);
        return new ReportReceipt { CaseId = await caseDesk.ReportAsync(request, context.CancellationToken) };
    }

    public override async Task<ListCasesResponse> ListCases(ListCasesRequest request, ServerCallContext context)
    {
        verifier.RequireOperator(context);
        var pageSize = validate.ListCases(request);
        var response = new ListCasesResponse();
        response.Cases.AddRange(await cases.ListAsync(request.Status, pageSize, context.CancellationToken));
        return response;
    }

    public override async Task<ReviewCase> ResolveCase(ResolveCaseRequest request, ServerCallContext context)
    {
        var caller = verifier.RequireOperator(context);
        validate.ResolveCase(request);
        return await caseDesk.ResolveAsync(request, caller.UserId ?? caller.Service, context.CancellationToken);
    }

    public override async Task<RuleSet> GetRules(GetRulesRequest request, ServerCallContext context)
    {
        verifier.RequireOperator(context);
        validate.GetRules(request);
        if (request.Version.Length == 0) return await ruleBook.CurrentAsync(context.CancellationToken);
        return await ruleBook.VersionAsync(request.Version, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no rules version {request.Version}"));
    }

    public override async Task<RuleSet> PublishRules(RuleSet request, ServerCallContext context)
    {
        var caller = verifier.RequireOperator(context);
        validate.PublishRules(request);
        await ruleBook.CurrentAsync(context.CancellationToken);
        var (published, current) = await ruleBook.PublishAsync(request, request.Version, caller.UserId ?? caller.Service, context.CancellationToken);
        return published ?? throw new RpcException(new Status(StatusCode.FailedPrecondition,
            $"rules_version_conflict: the rules are at version {current}, not {request.Version}; publish again based on it"));
    }

    public override async Task<ListEntry> AddToList(ListEntry request, ServerCallContext context)
    {
        var caller = verifier.RequireOperator(context);
        validate.AddToList(request);
        await subjects.AddToListAsync(request, caller.UserId ?? caller.Service, time.GetUtcNow(), context.CancellationToken);
        return request;
    }
}
