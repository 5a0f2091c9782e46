using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Platform.Gateway.Problems;
using Platform.Gateway.Telemetry;

namespace Platform.Gateway.Authentication;

/// <summary>Authenticates the <c>X-Step-Up-Token</c> header for the factor routes of one login verification.</summary>
public sealed class StepUpTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    StepUpTokens tokens,
    GatewayMetrics metrics)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Header = "X-Step-Up-Token";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = Request.Headers[Header].ToString();
        if (token.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        if (tokens.Read(token) is not { } grant)
        {
            metrics.AuthenticationFailed(Scheme.Name);
            return Task.FromResult(AuthenticateResult.Fail("the step-up token is not valid or has expired"));
        }
        var identity = new ClaimsIdentity(
            [new Claim(UserClaims.Subject, grant.UserId), new Claim(UserClaims.Verification, grant.VerificationId)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Response.HasStarted) return; // another scheme of the policy has already answered
        var outcome = await HandleAuthenticateOnceSafeAsync();
        if (outcome.Failure is null) return; // the Bearer scheme answers requests that carry no step-up token
        await ProblemResults.Problem(401, "Unauthorized", outcome.Failure.Message).ExecuteAsync(Context);
    }
}
