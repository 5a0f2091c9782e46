using Platform.Gateway.Client;
using Platform.Gateway.Tests.Infrastructure;

namespace Platform.Gateway.Tests;

/// <summary>Limits per client, per user, and stricter on credentials; a refusal is a 429 problem with Retry-After.</summary>
[Collection(GatewayCollection.Name)]
public sealed class RateLimitTests(GatewayStack stack)
{
    [Fact]
    public async Task Credential_attempts_are_limited_per_client_with_retry_after()
    {
        var client = stack.Driver.NewClient();
        var body = new { phone = TestData.Phone(), loginPassword = "Wrong1password", deviceId = "d-1" };

        var statuses = new List<int>();
        for (var i = 0; i < GatewayStack.CredentialAttempts + 2; i++) statuses.Add((await client.PostAsync("/api/auth/login", body)).Code);
        var refused = await client.PostAsync("/api/auth/login", body);

        Assert.All(statuses.Take(GatewayStack.CredentialAttempts), code => Assert.Equal(401, code));
        Assert.Equal(429, refused.Code);
        Assert.Equal("application/problem+json", refused.ContentType);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), refused.Headers.ToString());
        Assert.Contains("retry after", refused.Str("detail"));

        Assert.Equal(401, (await stack.Driver.NewClient().PostAsync("/api/auth/login", body)).Code);
    }

    [Fact]
    public async Task One_client_is_limited_across_the_users_it_serves()
    {
        var clientId = "shared-" + Guid.NewGuid().ToString("N")[..8];
        var users = new List<SimulatedUser>();
        for (var i = 0; i < 6; i++)
        {
            var user = stack.Driver.NewUser();
            await user.RegisterAsync();
            users.Add(user);
        }

        // 6 users × 20 requests: each user stays under its own limit, the shared client does not.
        var requests = users.SelectMany(user => Enumerable.Range(0, 20).Select(_ => Through(user, clientId).GetAsync("/api/devices")));
        var statuses = (await Task.WhenAll(requests)).Select(r => r.Code).ToList();

        Assert.Contains(429, statuses);
        Assert.Contains(200, statuses);
        Assert.All(statuses, code => Assert.True(code is 200 or 429, $"unexpected {code}"));
        Assert.Equal(200, (await users[0].Api.GetAsync("/api/devices")).Code); // the user's own phone still works
    }

    [Fact]
    public async Task One_user_is_limited_across_all_their_clients()
    {
        var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        var other = stack.Driver.NewUser();
        await other.RegisterAsync();
        var clients = Enumerable.Range(0, 6).Select(i => "phone-" + i + "-" + Guid.NewGuid().ToString("N")[..8]).ToList();

        // 6 clients × 12 requests for one user: each client is under its limit, the user is not.
        var requests = clients.SelectMany(client => Enumerable.Range(0, 12).Select(_ => Through(user, client).GetAsync("/api/devices")));
        var statuses = (await Task.WhenAll(requests)).Select(r => r.Code).ToList();

        Assert.Contains(429, statuses);
        Assert.True(statuses.Count(code => code == 200) <= 2 * GatewayStack.UserPerSecond, string.Join(",", statuses));
        Assert.Equal(200, (await Through(other, clients[0]).GetAsync("/api/devices")).Code); // another user on the same phone is not
    }

    private GatewayApi Through(SimulatedUser user, string clientId) =>
        new(stack.Http, clientId) { AccessToken = user.Api.AccessToken };
}
