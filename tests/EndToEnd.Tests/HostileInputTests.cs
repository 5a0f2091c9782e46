using System.Net.Http.Headers;
using System.Text;
using Platform.EndToEnd.Tests.Infrastructure;
using Platform.Gateway.Client;

namespace Platform.EndToEnd.Tests;

/// <summary>
/// Malformed and hostile input on every route: each answer is a 4xx problem saying what is wrong, nothing
/// changes, and every process stays up.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HostileInputTests(PlatformStack stack)
{
    private static readonly string[] BodyRoutes =
    [
        "POST /api/auth/register", "POST /api/auth/login", "POST /api/auth/refresh",
        "POST /api/devices", "POST /api/cards", "PUT /api/face/enrolment", "POST /api/verifications",
        "POST /api/verifications/{verification}/payment-password", "POST /api/verifications/{verification}/sms/verify",
        "POST /api/verifications/{verification}/device-challenges", "POST /api/verifications/{verification}/device",
        "POST /api/verifications/{verification}/face",
        "POST /api/withdrawals", "POST /api/withdrawals/{withdrawal}/confirm", "POST /api/credit/repayments",
        "PUT /api/credit/limits", "POST /api/security/login-password", "POST /api/security/payment-password",
        "POST /api/reports",
    ];

    private static readonly string[] Bodies =
    [
        "{", "[]", "null", "\"a string\"", "42", "{\"a\":" + new string('[', 3000) + new string(']', 3000) + "}",
        "{\"amountFen\":9223372036854775808}", "{\"amountFen\":-1e400}", "{\"userId\":\"1\"}",
        "{\"cardNumber\":\"' OR 1=1 --\",\"holderName\":\"<script>alert(1)</script>\",\"bankCode\":\"\\u0000\\u0007\"}",
        "{\"descriptor\":[\"NaN\"],\"sessionId\":\"../../etc\"}", "{\"phone\":\"" + new string('9', 20_000) + "\"}",
    ];

    private static readonly string[] HostileIds =
    [
        "..%2F..%2Fadmin", "%00", new string('a', 300), "%3Cscript%3E", "1%20OR%201%3D1", "%F0%9F%92%A3",
    ];

    [Fact]
    public async Task Every_route_refuses_hostile_input_with_a_clear_4xx_and_nothing_changes()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var withdrawal = (await user.StartWithdrawalAsync(300_000)).Expect(202);
        var before = await StateAsync(user);
        var restarts = PlatformStack.Services.ToDictionary(s => s, stack.Restarts);

        var failures = new List<string>();
        foreach (var route in BodyRoutes)
        {
            var (method, template) = Split(route);
            var path = template.Replace("{verification}", withdrawal.Str("verificationId")).Replace("{withdrawal}", withdrawal.Str("withdrawalId"));
            foreach (var body in Bodies)
                Check(failures, route, body, await SendAsync(user.Api, method, path, body));
        }
        foreach (var id in HostileIds)
        {
            foreach (var template in new[] { "/api/withdrawals/{0}", "/api/cards/{0}", "/api/verifications/{0}", "/api/inbox/{0}/read", "/api/devices/{0}" })
            {
                var method = template.EndsWith("read") ? HttpMethod.Post : template.StartsWith("/api/devices") ? HttpMethod.Delete : HttpMethod.Get;
                Check(failures, template, id, await user.Api.SendAsync(method, string.Format(template, id), content: null));
            }
            Check(failures, "GET /api/withdrawals?pageToken", id, await user.Api.GetAsync($"/api/withdrawals?pageSize=-3&pageToken={id}"));
        }
        Check(failures, "Idempotency-Key", "hostile", await user.Api.PostAsync("/api/withdrawals", new { amountFen = 1, cardId = user.CardId }, "key with spaces ' OR 1=1"));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await StateAsync(user));
        Assert.True(stack.AllHealthy(), "a service is not healthy after hostile input");
        Assert.Equal(restarts, PlatformStack.Services.ToDictionary(s => s, stack.Restarts));
    }

    private static void Check(List<string> failures, string route, string input, ApiResponse response)
    {
        // Kestrel refuses a request target that decodes to a NUL before any application code runs: a bare 400.
        var refusedByHttpServer = input == "%00" && response.Code == 400 && response.Text.Length == 0;
        var clear = refusedByHttpServer || response.ContentType == "application/problem+json" &&
                    (response.Str("detail") is { Length: > 0 } || response.Find("errors") is not null);
        // A 429 would say nothing about the input: the stack's rate limits are set so the sweep never meets them.
        if (response.Code is < 400 or >= 500 or 429 || !clear)
            failures.Add($"{route} with {Shorten(input)} → {response.Code} {Shorten(response.Text)}");
    }

    private static async Task<ApiResponse> SendAsync(GatewayApi api, HttpMethod method, string path, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await api.SendAsync(method, path, content, Guid.NewGuid().ToString());
    }

    /// <summary>Everything a hostile request could have changed for the user, as text to compare.</summary>
    private static async Task<string> StateAsync(SimulatedUser user) => string.Join("\n",
        (await user.Api.GetAsync("/api/credit/line")).Expect(200).Text,
        (await user.Api.GetAsync("/api/cards")).Expect(200).Text,
        (await user.Api.GetAsync("/api/devices")).Expect(200).Text,
        (await user.Api.GetAsync("/api/withdrawals")).Expect(200).Text,
        (await user.Api.GetAsync("/api/security")).Expect(200).Text);

    private static (HttpMethod, string) Split(string route) => (new HttpMethod(route[..route.IndexOf(' ')]), route[(route.IndexOf(' ') + 1)..]);

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
