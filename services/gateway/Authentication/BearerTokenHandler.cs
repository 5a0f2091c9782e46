using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Platform.Gateway.Problems;
using Platform.Gateway.Telemetry;

namespace Platform.Gateway.Authentication;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;access token&gt;</c> with identity's keys. A refused token answers
/// 401 with a problem saying why and a <c>WWW-Authenticate</c> challenge (RFC 6750).
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenValidator validator,
    GatewayMetrics metrics)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0) return AuthenticateResult.NoResult();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return Refuse("the Authorization header must be 'Bearer <access token>'");

        var result = await validator.ValidateAsync(header[Prefix.Length..].Trim(), Context.RequestAborted);
        if (!result.Succeeded) return Refuse(result.Failure!);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(result.Identity!), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Response.HasStarted) return; // another scheme of the policy has already answered
        var outcome = await HandleAuthenticateOnceSafeAsync();
        var why = outcome.Failure?.Message;
        Response.Headers[HeaderNames.WWWAuthenticate] = why is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{why}\"";
        await ProblemResults.Problem(401, "Unauthorized", why ?? "This request needs an access token: Authorization: Bearer <token>.")
            .ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResults.Problem(403, "Forbidden", "This access token may not use this route.").ExecuteAsync(Context);

    private AuthenticateResult Refuse(string why)
    {
        metrics.AuthenticationFailed(Scheme.Name);
        return AuthenticateResult.Fail(why);
    }
}
