using System.Net.Http.Headers;
using System.Text;
using Platform.Gateway.Client;
using Platform.Gateway.Tests.Infrastructure;

namespace Platform.Gateway.Tests;

/// <summary>Bad input gets a 400 naming each field that is wrong, before anything reaches a service.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ValidationTests(GatewayStack stack)
{
    [Fact]
    public async Task Register_names_every_missing_or_malformed_field()
    {
        var response = await stack.Driver.NewClient().PostAsync("/api/auth/register", new { phone = "12345", paymentPassword = "12a456", locale = "fr" });

        Assert.Equal(400, response.Code);
        Assert.Equal("must be an E.164 number such as +8613800138000", response.FieldError("phone"));
        Assert.Equal("is required", response.FieldError("loginPassword"));
        Assert.Equal("must be exactly 6 digits", response.FieldError("paymentPassword"));
        Assert.Equal("is required", response.FieldError("deviceId"));
        Assert.Equal("must be zh-CN or en", response.FieldError("locale"));
    }

    [Fact]
    public async Task A_service_refusing_a_field_comes_back_as_that_fields_error()
    {
        var user = stack.Driver.NewUser();
        user.PaymentPassword = "123456"; // identity refuses straight runs

        var response = await user.Api.PostAsync("/api/auth/register", new
        {
            phone = user.Phone, loginPassword = user.LoginPassword, paymentPassword = user.PaymentPassword, deviceId = user.Device.DeviceId,
        });

        Assert.Equal(400, response.Code);
        Assert.Contains("too easy to guess", response.FieldError("paymentPassword"));
    }

    [Theory]
    [InlineData("""{"amountFen":0,"cardId":"c1"}""", "amountFen", "must be positive")]
    [InlineData("""{"amountFen":-5,"cardId":"c1"}""", "amountFen", "must be positive")]
    [InlineData("""{"amountFen":100}""", "cardId", "is required")]
    [InlineData("""{"amountFen":100,"cardId":"../../etc/passwd"}""", "cardId", "must be 1-64 letters, digits or - _ . :")]
    [InlineData("""{"amountFen":"100","cardId":"c1"}""", "amountFen", "has a value of the wrong type, format or range")]
    [InlineData("""{"amountFen":1.5,"cardId":"c1"}""", "amountFen", "has a value of the wrong type, format or range")]
    [InlineData("""{"amountFen":1e30,"cardId":"c1"}""", "amountFen", "has a value of the wrong type, format or range")]
    [InlineData("""{"amountFen":100,"cardId":"c1","userId":"7"}""", "userId", "is not a field of this request")]
    [InlineData("""{"amountFen":100,"cardId":""", "amountFen", null)]
    [InlineData("""[1,2,3]""", "body", "is not a valid JSON object for this request")]
    [InlineData("""{"amountFen":100,"cardId":"c1"} trailing""", "body", null)]
    public async Task A_withdrawal_request_with_bad_json_is_refused_field_by_field(string json, string field, string? message)
    {
        var user = await SignedInAsync();

        var response = await user.Api.PostAsync("/api/withdrawals", json, idempotencyKey: Guid.NewGuid().ToString());

        Assert.Equal(400, response.Code);
        Assert.Equal("application/problem+json", response.ContentType);
        var errors = response.Body!["errors"]!.AsObject();
        Assert.True(errors.Count == 1, response.Text);
        if (message is not null) Assert.Equal(message, response.FieldError(field));
    }

    [Theory]
    [InlineData("""{"purpose":"hackThePlanet"}""")]
    [InlineData("""{"purpose":1}""")]
    [InlineData("""{"purpose":null}""")]
    [InlineData("""{}""")]
    public async Task Unknown_or_missing_enum_values_are_refused(string json)
    {
        var user = await SignedInAsync();

        var response = await user.Api.PostAsync("/api/verifications", json);

        Assert.Equal(400, response.Code);
        Assert.NotNull(response.FieldError("purpose"));
    }

    [Fact]
    public async Task A_face_descriptor_must_have_128_numbers()
    {
        var user = await SignedInAsync();

        var response = await user.Api.PutAsync("/api/face/enrolment", new { descriptor = new float[127], ticket = "tk" });

        Assert.Equal(400, response.Code);
        Assert.Equal("must have exactly 128 numbers", response.FieldError("descriptor"));
    }

    [Fact]
    public async Task Nested_fields_are_named_by_their_path()
    {
        var response = await stack.Driver.Operator.PutAsync("/api/admin/rules", new
        {
            rules = new[] { new { code = "lower_case", feature = "amount", op = "gt", threshold = 1, points = 500 } },
            stepUpThreshold = 10, reviewThreshold = 20, declineThreshold = 30,
        });

        Assert.Equal(400, response.Code);
        Assert.Equal("must be 1-64 capitals, digits or _", response.FieldError("rules[0].code"));
        Assert.Equal("must be between 0 and 100", response.FieldError("rules[0].points"));
    }

    [Theory]
    [InlineData("/api/withdrawals?pageSize=abc", "pageSize", "has the wrong format")]
    [InlineData("/api/withdrawals?pageSize=1000", "pageSize", "must be between 1 and 100")]
    [InlineData("/api/withdrawals?pageSize=0", "pageSize", "must be between 1 and 100")]
    [InlineData("/api/cards/has%20space", "cardId", "must be 1-64 letters, digits or - _ . :")]
    [InlineData("/api/withdrawals/%3Cscript%3E", "withdrawalId", "must be 1-64 letters, digits or - _ . :")]
    [InlineData("/api/inbox?unreadOnly=maybe", "unreadOnly", "has the wrong format")]
    public async Task Query_and_route_values_are_checked(string path, string field, string message)
    {
        var user = await SignedInAsync();

        var response = await user.Api.GetAsync(path);

        Assert.Equal(400, response.Code);
        Assert.Equal(message, response.FieldError(field));
    }

    [Fact]
    public async Task A_missing_body_a_wrong_content_type_and_a_huge_body_are_refused()
    {
        var user = await SignedInAsync();

        var missing = await user.Api.PostAsync("/api/cards");
        Assert.Equal(400, missing.Code);
        Assert.Equal("a JSON body is required", missing.FieldError("body"));

        var text = await user.Api.SendAsync(HttpMethod.Post, "/api/cards", new StringContent("cardNumber=1", Encoding.UTF8, "text/plain"));
        Assert.Equal(415, text.Code);

        var huge = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"holderName\":\"" + new string('x', 200_000) + "\"}"));
        huge.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        // Waiting for "100 Continue" keeps the client from writing the refused body into a closing connection.
        var tooLarge = await user.Api.SendAsync(HttpMethod.Post, "/api/cards", huge, headers: new Dictionary<string, string> { ["Expect"] = "100-continue" });
        Assert.Equal(413, tooLarge.Code);
        Assert.Equal("application/problem+json", tooLarge.ContentType);
    }

    [Fact]
    public async Task A_refused_request_changes_nothing()
    {
        var user = await SignedInAsync();

        var bad = await user.Api.PostAsync("/api/cards", new { cardNumber = "4111", holderName = "X", bankCode = "CMB" });
        var notLuhn = await user.Api.PostAsync("/api/cards", new { cardNumber = "6200000000000001", holderName = "X", bankCode = "CMB" });

        Assert.Equal(400, bad.Code);
        Assert.Equal("must be 16 to 19 digits", bad.FieldError("cardNumber"));
        Assert.Equal(400, notLuhn.Code);
        Assert.NotNull(notLuhn.FieldError("cardNumber"));
        Assert.Equal("[]", (await user.Api.GetAsync("/api/cards")).Expect(200).Text);
    }

    private async Task<SimulatedUser> SignedInAsync()
    {
        var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        return user;
    }
}
