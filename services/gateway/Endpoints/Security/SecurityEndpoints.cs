using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Identity.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Common;
using Platform.Gateway.RateLimiting;

namespace Platform.Gateway.Endpoints.Security;

/// <summary>The security centre: status, recent security events, credential changes and self-service freeze.</summary>
public static class SecurityEndpoints
{
    public static RouteGroupBuilder MapSecurityEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/security").WithTags("Security centre");
        group.MapGet("/", GetStatusAsync);
        group.MapGet("/events", ListEventsAsync);
        group.MapPost("/login-password", ChangeLoginPasswordAsync).RequireRateLimiting(RateLimitPolicies.Credentials);
        group.MapPost("/payment-password", ChangePaymentPasswordAsync).RequireRateLimiting(RateLimitPolicies.Credentials);
        group.MapPost("/freeze", FreezeAsync);
        return api;
    }

    private static async Task<Ok<SecurityStatusResponse>> GetStatusAsync(HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        TypedResults.Ok(ToResponse(await identity.GetSecurityStatusAsync(new UserRequest { UserId = http.User.UserId() }, calls.ForUser(http))));

    private static async Task<Ok<SecurityEventResponse[]>> ListEventsAsync(
        [AsParameters] SecurityEventQuery query, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var events = await identity.ListSecurityEventsAsync(new ListSecurityEventsRequest
        {
            UserId = http.User.UserId(), PageSize = query.PageSize ?? Page.DefaultSize,
        }, calls.ForUser(http));
        return TypedResults.Ok(events.Events
            .Select(e => new SecurityEventResponse(e.Type, NullIfEmpty(e.DeviceId), e.At.ToApi(), NullIfEmpty(e.Detail)))
            .ToArray());
    }

    private static async Task<Ok<SecurityStatusResponse>> ChangeLoginPasswordAsync(
        ChangePasswordBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        TypedResults.Ok(ToResponse(await identity.ChangeLoginPasswordAsync(ToRequest(body, http), calls.ForUser(http))));

    private static async Task<Ok<SecurityStatusResponse>> ChangePaymentPasswordAsync(
        ChangePasswordBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        TypedResults.Ok(ToResponse(await identity.ChangePaymentPasswordAsync(ToRequest(body, http), calls.ForUser(http))));

    private static async Task<Ok<SecurityStatusResponse>> FreezeAsync(
        FreezeBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        TypedResults.Ok(ToResponse(await identity.FreezeAsync(
            new FreezeRequest { UserId = http.User.UserId(), Reason = body.Reason ?? "" }, calls.ForUser(http))));

    private static ChangePasswordRequest ToRequest(ChangePasswordBody body, HttpContext http) =>
        new() { UserId = http.User.UserId(), Ticket = body.Ticket, NewPassword = body.NewPassword };

    private static SecurityStatusResponse ToResponse(SecurityStatus status) => new(
        status.PaymentPasswordSet,
        status.PaymentPasswordLocked,
        status.FaceEnrolled,
        status.FaceDisabled,
        status.TrustedDevices,
        status.BoundCards,
        status.Frozen,
        status.LastCredentialChangeAt.ToApi());

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
