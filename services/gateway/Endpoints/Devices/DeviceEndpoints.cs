using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Identity.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Devices;

/// <summary>The user's devices: list, register (by public key), remove.</summary>
public static class DeviceEndpoints
{
    public static RouteGroupBuilder MapDeviceEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/devices").WithTags("Devices");
        group.MapGet("/", ListAsync);
        group.MapPost("/", RegisterAsync);
        group.MapDelete("/{deviceId}", RemoveAsync);
        return api;
    }

    private static async Task<Ok<DeviceResponse[]>> ListAsync(HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        TypedResults.Ok(ToResponse(await identity.ListDevicesAsync(new UserRequest { UserId = http.User.UserId() }, calls.ForUser(http))));

    private static async Task<Created<DeviceResponse>> RegisterAsync(
        RegisterDeviceBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var device = await identity.RegisterDeviceAsync(new RegisterDeviceRequest
        {
            UserId = http.User.UserId(), DeviceId = body.DeviceId, PublicKey = body.PublicKey, Name = body.Name ?? "",
        }, calls.ForUser(http));
        return TypedResults.Created("/api/devices", ToResponse(device));
    }

    private static async Task<Ok<DeviceResponse[]>> RemoveAsync(
        [Identifier] string deviceId, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        TypedResults.Ok(ToResponse(await identity.RemoveDeviceAsync(
            new RemoveDeviceRequest { UserId = http.User.UserId(), DeviceId = deviceId }, calls.ForUser(http))));

    private static DeviceResponse[] ToResponse(ListDevicesResponse devices) => devices.Devices.Select(ToResponse).ToArray();

    private static DeviceResponse ToResponse(Device device) =>
        new(device.DeviceId, device.Name, device.Trusted, device.RegisteredAt.ToApi(), device.LastSeenAt.ToApi());
}
