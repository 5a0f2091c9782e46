using System.Text.Json.Nodes;
using Platform.Gateway.Client;
using Platform.Gateway.Tests.Infrastructure;

namespace Platform.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class AuthenticationTests(GatewayStack stack)
{
    [Theory]
    [InlineData("GET", "/api/withdrawals")]
    [InlineData("GET", "/api/cards")]
    [InlineData("GET", "/api/credit/line")]
    [InlineData("GET", "/api/inbox")]
    [InlineData("POST", "/api/verifications")]
    [InlineData("GET", "/api/security")]
    public async Task Every_user_route_needs_an_access_token(string method, string path)
    {
        var response = await stack.Driver.NewClient().SendAsync(new HttpMethod(method), path, content: null);

        Assert.Equal(401, response.Code);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Contains("access token", response.Str("detail"));
    }

    [Fact]
    public async Task A_token_from_identity_is_accepted_and_names_the_user()
    {
        using var user = stack.Driver.NewUser();
        await user.RegisterAsync();

        var status = (await user.Api.GetAsync("/api/security")).Expect(200);

        Assert.True(status.Body!["paymentPasswordSet"]!.GetValue<bool>());
        Assert.Equal(user.UserId, Tokens.Payload(user.Api.AccessToken!)["sub"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_whose_subject_was_changed_is_refused()
    {
        using var victim = stack.Driver.NewUser();
        await victim.RegisterAsync();
        using var attacker = stack.Driver.NewUser();
        await attacker.RegisterAsync();

        var payload = Tokens.Payload(attacker.Api.AccessToken!);
        payload["sub"] = victim.UserId;
        var forged = stack.Driver.NewClient();
        forged.AccessToken = Tokens.WithPayload(attacker.Api.AccessToken!, payload);

        var response = await forged.GetAsync("/api/cards");

        Assert.Equal(401, response.Code);
        Assert.Equal("the access token's signature is not valid", response.Str("detail"));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_under_identitys_key_id_is_refused()
    {
        using var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        var real = user.Api.AccessToken!;
        user.Api.AccessToken = Tokens.SignWithForeignKey(Tokens.Header(real), Tokens.Payload(real));

        var response = await user.Api.GetAsync("/api/security");

        Assert.Equal(401, response.Code);
        Assert.Equal("the access token's signature is not valid", response.Str("detail"));
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.Single().Parameter);
    }

    [Fact]
    public async Task A_token_naming_an_unknown_key_is_refused()
    {
        using var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        var header = Tokens.Header(user.Api.AccessToken!);
        header["kid"] = "made-up-key-id";
        user.Api.AccessToken = Tokens.SignWithForeignKey(header, Tokens.Payload(user.Api.AccessToken!));

        var response = await user.Api.GetAsync("/api/security");

        Assert.Equal(401, response.Code);
        Assert.Equal("the access token's signing key is unknown", response.Str("detail"));
    }

    [Theory]
    [InlineData("HS256")]
    [InlineData("none")]
    public async Task A_token_with_another_algorithm_is_refused(string algorithm)
    {
        using var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        user.Api.AccessToken = Tokens.WithAlgorithm(algorithm, Tokens.Payload(user.Api.AccessToken!));

        var response = await user.Api.GetAsync("/api/security");

        Assert.Equal(401, response.Code);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.e30")]
    public async Task A_malformed_token_is_refused(string token)
    {
        var client = stack.Driver.NewClient();
        client.AccessToken = token;

        var response = await client.GetAsync("/api/security");

        Assert.Equal(401, response.Code);
        Assert.NotNull(response.Str("detail"));
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_a_refreshed_one_works()
    {
        using var user = stack.Driver.NewUser();
        var session = await user.RegisterAsync();
        (await user.Api.GetAsync("/api/security")).Expect(200); // validated once, so the gateway remembers it
        try
        {
            stack.Clock.Offset = TimeSpan.FromMinutes(11); // identity's access tokens live 10 minutes
            var expired = await user.Api.GetAsync("/api/security");
            Assert.Equal(401, expired.Code);
            Assert.Equal("the access token has expired or is not yet valid", expired.Str("detail"));
        }
        finally
        {
            stack.Clock.Offset = TimeSpan.Zero;
        }

        var refreshed = (await user.Api.PostAsync("/api/auth/refresh", new { refreshToken = session.Str("refreshToken") })).Expect(200);
        user.Api.AccessToken = refreshed.Str("accessToken");
        (await user.Api.GetAsync("/api/security")).Expect(200);
    }

    [Fact]
    public async Task A_token_that_is_not_yet_valid_is_refused()
    {
        using var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        (await user.Api.GetAsync("/api/security")).Expect(200);
        try
        {
            stack.Clock.Offset = TimeSpan.FromMinutes(-5);
            Assert.Equal(401, (await user.Api.GetAsync("/api/security")).Code);
        }
        finally
        {
            stack.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task The_user_id_in_a_body_is_refused_the_token_decides()
    {
        using var user = stack.Driver.NewUser();
        await user.RegisterAsync();

        var response = await user.Api.PostAsync("/api/cards", new
        {
            userId = "someone-else", cardNumber = TestData.CardNumber(), holderName = "X", bankCode = "CMB",
        });

        Assert.Equal(400, response.Code);
        Assert.Equal("is not a field of this request", response.FieldError("userId"));
    }

    [Fact]
    public async Task Operator_routes_need_an_operator_key_not_a_user_token()
    {
        using var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        var wrongKey = stack.Driver.NewClient();
        wrongKey.OperatorKey = "not-the-operator-key-but-long-enough";

        Assert.Equal(401, (await user.Api.GetAsync("/api/admin/rules")).Code);
        var refused = await wrongKey.GetAsync("/api/admin/rules");
        Assert.Equal(401, refused.Code);
        Assert.Equal("the operator key is not valid", refused.Str("detail"));
    }

    [Fact]
    public async Task A_login_from_an_untrusted_device_gets_a_step_up_token_for_its_own_verification_only()
    {
        using var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        var phone = stack.Driver.NewClient();

        var login = (await phone.PostAsync("/api/auth/login", new
        {
            phone = user.Phone, loginPassword = user.LoginPassword, deviceId = "another-phone",
        })).Expect(200);

        Assert.True(login.Body!["stepUpRequired"]!.GetValue<bool>());
        Assert.Null(login.Str("accessToken"));
        var verificationId = login.Str("verification.verificationId")!;
        phone.StepUpToken = login.Str("stepUpToken");
        Assert.Equal(verificationId, (await phone.GetAsync($"/api/verifications/{verificationId}")).Expect(200).Str("verificationId"));
        Assert.Equal(403, (await phone.GetAsync("/api/verifications/v-some-other")).Code);
        Assert.Equal(401, (await phone.GetAsync("/api/security")).Code);
        Assert.Equal(403, (await phone.PostAsync("/api/verifications", new { purpose = "changePassword" })).Code);

        phone.StepUpToken = login.Str("stepUpToken")![..^2] + "xx";
        Assert.Equal(401, (await phone.GetAsync($"/api/verifications/{verificationId}")).Code);
    }
}
