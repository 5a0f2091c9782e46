using System.Net;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Domain;
using Platform.Risk.Storage;

namespace Platform.Risk.Grpc;

/// <summary>Checks every field before anything is read or written; a bad request names the field.</summary>
public sealed class RiskRequestValidator(IOptions<RiskOptions> options, TimeProvider time)
{
    private static readonly IReadOnlySet<string> SubjectTypes = new HashSet<string>(StringComparer.Ordinal) { "withdrawal", "account", "device", "card" };
    private static readonly IReadOnlySet<string> Resolutions = new HashSet<string>(StringComparer.Ordinal) { "approve", "decline" };

    public AssessmentInput Assess(AssessRequest request)
    {
        Id(request.UserId, "user_id");
        Id(request.OperationId, "operation_id");
        if (request.AmountFen <= 0) throw Invalid("amount_fen must be positive");
        Id(request.DeviceId, "device_id");
        if (request.CardFingerprint.Length > 0) Id(request.CardFingerprint, "card_fingerprint");
        if (request.ClientIp.Length > 0 && !IPAddress.TryParse(request.ClientIp, out _)) throw Invalid("client_ip must be an IP address");
        var now = time.GetUtcNow();
        var at = request.At is null ? now : request.At.ToDateTimeOffset();
        if (at - now > options.Value.MaxClockSkew || now - at > options.Value.MaxAssessmentAge)
            throw Invalid($"at must be at most {options.Value.MaxClockSkew.TotalMinutes:0} minutes ahead of the server's clock " +
                $"and at most {options.Value.MaxAssessmentAge.TotalHours:0} hours behind it (or left out)");
        return new AssessmentInput(request.UserId, request.OperationId, request.AmountFen, request.DeviceId, request.DeviceTrusted,
            request.CardFingerprint, at);
    }

    public void Report(ReportRequest request)
    {
        Id(request.ReporterUserId, "reporter_user_id");
        if (!SubjectTypes.Contains(request.SubjectType)) throw Invalid("subject_type must be withdrawal, account, device or card");
        Id(request.SubjectId, "subject_id");
        if (request.Description.Length > 1000) throw Invalid("description must be at most 1000 characters");
    }

    public int ListCases(ListCasesRequest request)
    {
        if (request.Status is not ("" or "open" or "resolved")) throw Invalid("status must be open, resolved or empty");
        if (request.PageSize < 0 || request.PageSize > options.Value.MaxCasesPageSize)
            throw Invalid($"page_size must be between 0 (the default) and {options.Value.MaxCasesPageSize}");
        return request.PageSize == 0 ? options.Value.DefaultCasesPageSize : request.PageSize;
    }

    public void ResolveCase(ResolveCaseRequest request)
    {
        Id(request.CaseId, "case_id");
        if (!Resolutions.Contains(request.Resolution)) throw Invalid("resolution must be approve or decline");
        if (request.Note.Length > 500) throw Invalid("note must be at most 500 characters");
    }

    public void GetRules(GetRulesRequest request)
    {
        if (request.Version.Length > 0 && !IsVersion(request.Version)) throw Invalid("version must be a version number or empty");
    }

    public void PublishRules(RuleSet rules)
    {
        if (!IsVersion(rules.Version)) throw Invalid("version must be the current version number the rules are based on");
        if (RuleSetValidator.Problem(rules) is { } problem) throw Invalid(problem);
    }

    public void AddToList(ListEntry entry)
    {
        if (!SubjectStore.Lists.Contains(entry.List)) throw Invalid("list must be device, card or account");
        Id(entry.Value, "value");
        if (string.IsNullOrWhiteSpace(entry.Reason) || entry.Reason.Length > 200) throw Invalid("reason must be 1-200 characters");
    }

    private static bool IsVersion(string version) => version.Length is > 0 and <= 18 && version.All(char.IsAsciiDigit);

    private static void Id(string value, string field)
    {
        if (!Identifiers.IsValid(value)) throw Invalid($"{field} must be {Identifiers.Rule}");
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
