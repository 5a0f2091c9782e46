using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class AccountTests(IdentityFixture fixture)
{
    private IdentityClient Client => fixture.Client;

    [Fact]
    public async Task Register_returns_a_session_whose_access_token_validates_against_the_published_key_set()
    {
        var user = await fixture.RegisterAsync();

        var keys = await Client.GetSigningKeysAsync(new GetSigningKeysRequest(), fixture.Anonymous, Deadline);
        var result = await ValidateAsync(user.Session.AccessToken, keys.JwksJson);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(user.UserId, result.Claims["sub"]);
        Assert.Equal(user.DeviceId, result.Claims["did"]);
        Assert.Equal("ES256", ((JsonWebToken)result.SecurityToken).Alg);
        var lifetime = user.Session.AccessExpiresAt.ToDateTimeOffset() - fixture.Time.GetUtcNow();
        Assert.InRange(lifetime, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_or_altered_does_not_validate()
    {
        var user = await fixture.RegisterAsync();
        var keys = await Client.GetSigningKeysAsync(new GetSigningKeysRequest(), fixture.Anonymous, Deadline);

        var parts = user.Session.AccessToken.Split('.');
        var forgedPayload = Base64UrlEncoder.Encode($$"""{"sub":"1","did":"x","iss":"platform-identity","aud":"platform","exp":{{fixture.Time.GetUtcNow().AddHours(1).ToUnixTimeSeconds()}}}""");
        var altered = string.Join('.', parts[0], forgedPayload, parts[2]);

        Assert.False((await ValidateAsync(altered, keys.JwksJson)).IsValid);
    }

    [Fact]
    public async Task Login_from_the_trusted_device_returns_tokens_and_a_wrong_password_is_refused()
    {
        var user = await fixture.RegisterAsync();

        var session = await Login(user.Phone, user.LoginPassword, user.DeviceId);
        Assert.False(session.StepUpRequired);
        Assert.NotEmpty(session.AccessToken);
        Assert.Equal(user.UserId, session.UserId);

        var wrong = await Assert.ThrowsAsync<RpcException>(() => Login(user.Phone, "wrong password 1", user.DeviceId));
        Assert.Equal(StatusCode.Unauthenticated, wrong.StatusCode);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Login(NewPhone(), user.LoginPassword, user.DeviceId));
        Assert.Equal(StatusCode.Unauthenticated, unknown.StatusCode);
        Assert.Equal(wrong.Status.Detail, unknown.Status.Detail);
    }

    [Fact]
    public async Task Five_wrong_login_passwords_lock_logins_even_with_the_right_password_until_the_lock_passes()
    {
        var user = await fixture.RegisterAsync();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Assert.ThrowsAsync<RpcException>(() => Login(user.Phone, $"wrong password {i}", user.DeviceId));
            Assert.Equal(StatusCode.Unauthenticated, wrong.StatusCode);
        }

        var locked = await Assert.ThrowsAsync<RpcException>(() => Login(user.Phone, user.LoginPassword, user.DeviceId));
        Assert.Equal(StatusCode.ResourceExhausted, locked.StatusCode);

        fixture.Time.Advance(TimeSpan.FromMinutes(16));
        var session = await Login(user.Phone, user.LoginPassword, user.DeviceId);
        Assert.NotEmpty(session.AccessToken);
    }

    [Fact]
    public async Task Refresh_rotates_the_token_and_reusing_an_old_one_signs_every_session_out()
    {
        var user = await fixture.RegisterAsync();
        var first = user.Session.RefreshToken;

        var second = await Refresh(first);
        Assert.NotEqual(first, second.RefreshToken);
        Assert.Equal(user.UserId, second.UserId);
        var third = await Refresh(second.RefreshToken);

        var reuse = await Assert.ThrowsAsync<RpcException>(() => Refresh(first));
        Assert.Equal(StatusCode.Unauthenticated, reuse.StatusCode);
        Assert.Contains("already used", reuse.Status.Detail);

        // The reuse revoked the whole family: the newest token no longer works either.
        var revoked = await Assert.ThrowsAsync<RpcException>(() => Refresh(third.RefreshToken));
        Assert.Equal(StatusCode.Unauthenticated, revoked.StatusCode);
    }

    [Fact]
    public async Task Refresh_tokens_expire_and_garbage_is_refused()
    {
        var user = await fixture.RegisterAsync();
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => Refresh("not-a-token"))).StatusCode);
        Assert.Equal(StatusCode.Unauthenticated,
            (await Assert.ThrowsAsync<RpcException>(() => Refresh(user.Session.RefreshToken + "x"))).StatusCode);

        fixture.Time.Advance(TimeSpan.FromDays(31));
        var expired = await Assert.ThrowsAsync<RpcException>(() => Refresh(user.Session.RefreshToken));
        Assert.Contains("expired", expired.Status.Detail);
    }

    [Fact]
    public async Task A_phone_registers_once()
    {
        var user = await fixture.RegisterAsync();
        var request = new RegisterRequest
        {
            Phone = user.Phone, LoginPassword = "another pass 9", PaymentPassword = "918273", DeviceId = NewDeviceId(),
        };
        var duplicate = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterAsync(request, fixture.Anonymous, Deadline).ResponseAsync);
        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);

        // The first account is untouched.
        Assert.NotEmpty((await Login(user.Phone, user.LoginPassword, user.DeviceId)).AccessToken);
    }

    private Task<Session> Login(string phone, string password, string deviceId, string ticket = "") =>
        Client.LoginAsync(new LoginRequest { Phone = phone, LoginPassword = password, DeviceId = deviceId, ClientIp = "10.0.0.1", VerificationTicket = ticket },
            fixture.Anonymous, Deadline).ResponseAsync;

    private Task<Session> Refresh(string token) =>
        Client.RefreshAsync(new RefreshRequest { RefreshToken = token }, fixture.Anonymous, Deadline).ResponseAsync;

    private Task<TokenValidationResult> ValidateAsync(string token, string jwks)
    {
        var now = fixture.Time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "platform-identity",
            ValidAudience = "platform",
            IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys(),
            ValidAlgorithms = ["ES256"],
            LifetimeValidator = (notBefore, expires, _, _) => notBefore <= now && now < expires,
        });
    }
}
