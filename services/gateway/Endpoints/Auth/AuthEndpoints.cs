using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Identity.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.RateLimiting;

namespace Platform.Gateway.Endpoints.Auth;

/// <summary>Register, login and refresh: the only routes that need no token.</summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Authentication").AllowAnonymous();
        auth.MapPost("/register", RegisterAsync).RequireRateLimiting(RateLimitPolicies.Credentials);
        auth.MapPost("/login", LoginAsync).RequireRateLimiting(RateLimitPolicies.Credentials);
        auth.MapPost("/refresh", RefreshAsync).RequireRateLimiting(RateLimitPolicies.Credentials);
        return api;
    }

    private static async Task<Created<SessionResponse>> RegisterAsync(
        RegisterBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls, StepUpTokens stepUp)
    {
        var session = await identity.RegisterAsync(new RegisterRequest
        {
            Phone = body.Phone,
            LoginPassword = body.LoginPassword,
            PaymentPassword = body.PaymentPassword,
            DeviceId = body.DeviceId,
            DevicePublicKey = body.DevicePublicKey ?? "",
            Locale = body.Locale ?? "",
        }, calls.Anonymous(http.RequestAborted));
        return TypedResults.Created("/api/security", session.ToResponse(stepUp));
    }

    private static async Task<Ok<SessionResponse>> LoginAsync(
        LoginBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls, StepUpTokens stepUp)
    {
        var session = await identity.LoginAsync(new LoginRequest
        {
            Phone = body.Phone,
            LoginPassword = body.LoginPassword,
            DeviceId = body.DeviceId,
            ClientIp = http.Connection.RemoteIpAddress?.ToString() ?? "",
            VerificationTicket = body.VerificationTicket ?? "",
        }, calls.Anonymous(http.RequestAborted));
        return TypedResults.Ok(session.ToResponse(stepUp));
    }

    private static async Task<Ok<SessionResponse>> RefreshAsync(
        RefreshBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls, StepUpTokens stepUp)
    {
        var session = await identity.RefreshAsync(new RefreshRequest { RefreshToken = body.RefreshToken },
            calls.Anonymous(http.RequestAborted));
        return TypedResults.Ok(session.ToResponse(stepUp));
    }
}
