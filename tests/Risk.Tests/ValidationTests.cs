using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Risk.V1;
using Platform.Redis;
using Platform.Risk.Tests.Infrastructure;
using static Platform.Risk.Tests.Infrastructure.RiskServiceFixture;

namespace Platform.Risk.Tests;

[Collection(RiskCollection.Name)]
public sealed class ValidationTests(RiskServiceFixture risk)
{
    [Theory]
    [InlineData("amount", "amount_fen must be positive")]
    [InlineData("operation", "operation_id must be 1-128 characters of letters, digits and . _ : @ -")]
    [InlineData("device", "device_id must be 1-128 characters of letters, digits and . _ : @ -")]
    [InlineData("card", "card_fingerprint must be 1-128 characters of letters, digits and . _ : @ -")]
    [InlineData("ip", "client_ip must be an IP address")]
    [InlineData("at in the future", "at must be at most 5 minutes ahead of the server's clock and at most 24 hours behind it (or left out)")]
    [InlineData("at too old", "at must be at most 5 minutes ahead of the server's clock and at most 24 hours behind it (or left out)")]
    public async Task A_bad_assessment_request_names_the_field_and_records_nothing(string field, string message)
    {
        var user = NewId("u");
        var request = new AssessRequest { UserId = user, OperationId = "w-1", AmountFen = 100, DeviceId = "d-1", ClientIp = "10.0.0.1" };
        switch (field)
        {
            case "amount": request.AmountFen = 0; break;
            case "operation": request.OperationId = "w{1}"; break;
            case "device": request.DeviceId = ""; break;
            case "card": request.CardFingerprint = "card with spaces"; break;
            case "ip": request.ClientIp = "999.1.1.1"; break;
            case "at in the future": request.At = Timestamp.FromDateTimeOffset(risk.Time.GetUtcNow().AddMinutes(6)); break;
            case "at too old": request.At = Timestamp.FromDateTimeOffset(risk.Time.GetUtcNow().AddHours(-25)); break;
        }

        var error = await FailsWith(StatusCode.InvalidArgument, () => risk.Client.AssessAsync(request, risk.Callers.System(user), Deadline).ResponseAsync);

        Assert.Equal(message, error.Status.Detail);
        Assert.Null(await risk.RedisClient.GetAsync($"risk:{{u:{user}}}:assessment:w-1"));
    }

    [Theory]
    [InlineData("subject type", "subject_type must be withdrawal, account, device or card")]
    [InlineData("subject id", "subject_id must be 1-128 characters of letters, digits and . _ : @ -")]
    [InlineData("description", "description must be at most 1000 characters")]
    public async Task A_bad_report_names_the_field_and_opens_no_case(string field, string message)
    {
        var reporter = NewId("u");
        var request = new ReportRequest { ReporterUserId = reporter, SubjectType = "card", SubjectId = NewId("card") };
        switch (field)
        {
            case "subject type": request.SubjectType = "planet"; break;
            case "subject id": request.SubjectId = ""; break;
            case "description": request.Description = new string('x', 1001); break;
        }
        var casesBefore = await risk.RedisClient.ZCardAsync("risk:{cases}:all");

        var error = await FailsWith(StatusCode.InvalidArgument, () => risk.Client.ReportSuspiciousAsync(request, risk.Callers.User(reporter), Deadline).ResponseAsync);

        Assert.Equal(message, error.Status.Detail);
        Assert.Equal(casesBefore, await risk.RedisClient.ZCardAsync("risk:{cases}:all"));
    }

    [Theory]
    [InlineData("list", "list must be device, card or account")]
    [InlineData("value", "value must be 1-128 characters of letters, digits and . _ : @ -")]
    [InlineData("reason", "reason must be 1-200 characters")]
    [InlineData("status", "status must be open, resolved or empty")]
    [InlineData("page size", "page_size must be between 0 (the default) and 100")]
    [InlineData("resolution", "resolution must be approve or decline")]
    [InlineData("version", "version must be a version number or empty")]
    public async Task Bad_operator_requests_name_the_field(string field, string message)
    {
        var asOperator = risk.Callers.Operator();
        Task call = field switch
        {
            "list" => risk.Client.AddToListAsync(new ListEntry { List = "phone", Value = "x", Reason = "r" }, asOperator, Deadline).ResponseAsync,
            "value" => risk.Client.AddToListAsync(new ListEntry { List = "card", Value = "", Reason = "r" }, asOperator, Deadline).ResponseAsync,
            "reason" => risk.Client.AddToListAsync(new ListEntry { List = "card", Value = "c-1", Reason = " " }, asOperator, Deadline).ResponseAsync,
            "status" => risk.Client.ListCasesAsync(new ListCasesRequest { Status = "closed" }, asOperator, Deadline).ResponseAsync,
            "page size" => risk.Client.ListCasesAsync(new ListCasesRequest { PageSize = 101 }, asOperator, Deadline).ResponseAsync,
            "resolution" => risk.Client.ResolveCaseAsync(new ResolveCaseRequest { CaseId = "rp-1", Resolution = "maybe" }, asOperator, Deadline).ResponseAsync,
            _ => risk.Client.GetRulesAsync(new GetRulesRequest { Version = "v1" }, asOperator, Deadline).ResponseAsync,
        };

        var error = await FailsWith(StatusCode.InvalidArgument, () => call);

        Assert.Equal(message, error.Status.Detail);
    }
}
