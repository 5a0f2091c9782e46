using Platform.Gateway.Tests.Infrastructure;

namespace Platform.Gateway.Tests;

/// <summary>Every error is an RFC 7807 problem; service statuses map to HTTP without leaking internals.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ProblemDetailsTests(GatewayStack stack)
{
    [Fact]
    public async Task A_problem_has_type_title_status_detail_instance_and_trace_id()
    {
        var response = await stack.Driver.NewClient().GetAsync("/api/cards");

        Assert.Equal("application/problem+json", response.ContentType);
        Assert.StartsWith("https://tools.ietf.org/html/rfc9110", response.Str("type"));
        Assert.Equal("Unauthorized", response.Str("title"));
        Assert.Equal(401, response.Body!["status"]!.GetValue<int>());
        Assert.NotNull(response.Str("detail"));
        Assert.Equal("/api/cards", response.Str("instance"));
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", response.Str("traceId"));
    }

    [Fact]
    public async Task Unknown_routes_and_methods_are_problems_too()
    {
        var client = stack.Driver.NewClient();

        var missing = await client.GetAsync("/api/internal/identity.v1.Identity/GetSigningKeys");
        var wrongMethod = await client.DeleteAsync("/api/auth/login");

        Assert.Equal(404, missing.Code);
        Assert.Equal("application/problem+json", missing.ContentType);
        Assert.Equal(405, wrongMethod.Code);
        Assert.Equal("application/problem+json", wrongMethod.ContentType);
    }

    [Fact]
    public async Task A_services_not_found_is_404_with_its_reason()
    {
        var user = stack.Driver.NewUser();
        await user.RegisterAsync();

        var response = await user.Api.GetAsync("/api/cards/c-does-not-exist");

        Assert.Equal(404, response.Code);
        Assert.False(string.IsNullOrWhiteSpace(response.Str("detail")));
    }

    [Fact]
    public async Task Registering_a_phone_twice_is_a_conflict()
    {
        var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        var again = stack.Driver.NewClient();

        var response = await again.PostAsync("/api/auth/register", new
        {
            phone = user.Phone, loginPassword = "Another1pass", paymentPassword = "502817", deviceId = "d-2",
        });

        Assert.Equal(409, response.Code);
    }

    [Fact]
    public async Task A_refused_business_rule_is_422_with_the_services_reason()
    {
        var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        await stack.Driver.OpenCreditLineAsync(user.UserId!, 100_000, 50_000);

        var response = await user.Api.PostAsync("/api/credit/repayments", new { amountFen = 100 }, Guid.NewGuid().ToString());

        Assert.Equal(422, response.Code);
        Assert.Contains("owed", response.Str("detail"));
    }

    [Fact]
    public async Task An_unreachable_service_is_503_and_says_nothing_about_why()
    {
        var user = stack.Driver.NewUser();
        await user.RegisterAsync();

        var response = await user.Api.GetAsync("/api/inbox");

        Assert.Equal(503, response.Code);
        Assert.Equal("A service needed for this request is unavailable; try again shortly.", response.Str("detail"));
        Assert.DoesNotContain("127.0.0.1", response.Text);
        Assert.DoesNotContain("xception", response.Text);
    }
}
