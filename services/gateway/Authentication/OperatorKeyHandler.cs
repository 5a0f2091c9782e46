using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Platform.Gateway.Problems;
using Platform.Gateway.Telemetry;

namespace Platform.Gateway.Authentication;

/// <summary>Authenticates an operator by the <c>X-Operator-Key</c> header against the configured keys, in constant time.</summary>
public sealed class OperatorKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<OperatorKeyOptions> operators,
    GatewayMetrics metrics)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Header = "X-Operator-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[Header].ToString();
        if (presented.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());

        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? operatorId = null;
        foreach (var (id, key) in operators.Value.OperatorKeys)
        {
            if (CryptographicOperations.FixedTimeEquals(presentedHash, SHA256.HashData(Encoding.UTF8.GetBytes(key))))
                operatorId = id;
        }
        if (operatorId is null)
        {
            metrics.AuthenticationFailed(Scheme.Name);
            return Task.FromResult(AuthenticateResult.Fail("the operator key is not valid"));
        }
        var identity = new ClaimsIdentity([new Claim(UserClaims.Operator, operatorId)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Response.HasStarted) return; // another scheme of the policy has already answered
        var outcome = await HandleAuthenticateOnceSafeAsync();
        await ProblemResults.Problem(401, "Unauthorized",
            outcome.Failure?.Message ?? $"Operator routes need the {Header} header.").ExecuteAsync(Context);
    }
}
