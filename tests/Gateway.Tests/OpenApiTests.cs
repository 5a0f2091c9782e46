using System.Text.Json.Nodes;
using Platform.Gateway.Tests.Infrastructure;

namespace Platform.Gateway.Tests;

/// <summary>The OpenAPI document lists exactly the public routes, how to authenticate, and the Idempotency-Key.</summary>
[Collection(GatewayCollection.Name)]
public sealed class OpenApiTests(GatewayStack stack)
{
    private static readonly string[] Routes =
    [
        "POST /api/auth/register", "POST /api/auth/login", "POST /api/auth/refresh",
        "GET /api/devices", "POST /api/devices", "DELETE /api/devices/{deviceId}",
        "GET /api/cards", "POST /api/cards", "GET /api/cards/{cardId}",
        "PUT /api/face/enrolment",
        "POST /api/verifications", "GET /api/verifications/{verificationId}",
        "POST /api/verifications/{verificationId}/payment-password", "POST /api/verifications/{verificationId}/sms",
        "POST /api/verifications/{verificationId}/sms/verify", "POST /api/verifications/{verificationId}/device-challenges",
        "POST /api/verifications/{verificationId}/device", "POST /api/verifications/{verificationId}/face-sessions",
        "POST /api/verifications/{verificationId}/face",
        "POST /api/withdrawals", "GET /api/withdrawals", "GET /api/withdrawals/{withdrawalId}",
        "POST /api/withdrawals/{withdrawalId}/confirm",
        "GET /api/credit/line", "GET /api/credit/ledger", "GET /api/credit/bills", "POST /api/credit/repayments", "PUT /api/credit/limits",
        "GET /api/inbox", "POST /api/inbox/{messageId}/read", "GET /api/announcements",
        "GET /api/security", "GET /api/security/events", "POST /api/security/login-password",
        "POST /api/security/payment-password", "POST /api/security/freeze",
        "POST /api/reports",
        "POST /api/admin/announcements", "GET /api/admin/cases", "POST /api/admin/cases/{caseId}/resolution",
        "GET /api/admin/rules", "PUT /api/admin/rules", "POST /api/admin/lists", "POST /api/admin/credit-lines",
    ];

    [Fact]
    public async Task The_document_lists_every_public_route_and_nothing_else()
    {
        var document = await DocumentAsync();

        var listed = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();

        Assert.Empty(Routes.Except(listed));
        Assert.Empty(listed.Except(Routes)); // no generic proxy, no internal route
    }

    [Theory]
    [InlineData("/api/face/enrolment", "put", "images")]
    [InlineData("/api/verifications/{verificationId}/face", "post", "frames")]
    public async Task Face_routes_take_json_or_multipart_form_data(string path, string method, string files)
    {
        var content = (await DocumentAsync())["paths"]![path]![method]!["requestBody"]!["content"]!.AsObject();

        Assert.Equal(["application/json", "multipart/form-data"], content.Select(c => c.Key).Order());
        var file = content["multipart/form-data"]!["schema"]!["properties"]![files]!["items"]!;
        Assert.Equal("binary", file["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task Money_moving_routes_declare_the_idempotency_key_header()
    {
        var document = await DocumentAsync();

        foreach (var path in new[] { "/api/withdrawals", "/api/withdrawals/{withdrawalId}/confirm", "/api/credit/repayments" })
        {
            var parameters = document["paths"]![path]!["post"]!["parameters"]!.AsArray();
            var key = parameters.Single(p => p!["name"]!.GetValue<string>() == "Idempotency-Key")!;
            Assert.Equal("header", key["in"]!.GetValue<string>());
            Assert.True(key["required"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task The_document_describes_how_to_authenticate()
    {
        var schemes = (await DocumentAsync())["components"]!["securitySchemes"]!.AsObject();

        Assert.Equal("bearer", schemes["Bearer"]!["scheme"]!.GetValue<string>());
        Assert.Equal("X-Operator-Key", schemes["OperatorKey"]!["name"]!.GetValue<string>());
        Assert.Equal("X-Step-Up-Token", schemes["StepUp"]!["name"]!.GetValue<string>());
    }

    private async Task<JsonNode> DocumentAsync()
    {
        var response = (await stack.Driver.NewClient().GetAsync("/openapi/v1.json")).Expect(200);
        return response.Body!;
    }
}
