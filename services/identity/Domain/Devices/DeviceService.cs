using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Accounts;
using Platform.Identity.Domain.Security;
using Platform.Identity.Events;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Devices;

/// <summary>A user's devices: registering a public key makes a device trusted; removing it ends that trust.</summary>
public sealed class DeviceService(
    AccountStore accounts, DeviceStore devices, SecurityEventPublisher events, IOptions<IdentityOptions> options, TimeProvider time)
{
    public async Task<Device> RegisterAsync(RegisterDeviceRequest request)
    {
        var deviceId = RequestValidation.DeviceId(request.DeviceId);
        if (!DevicePublicKey.IsValid(request.PublicKey))
            throw RpcProblems.Invalid("public_key must be an ECDSA P-256 SubjectPublicKeyInfo, base64");
        var name = RequestValidation.Text(request.Name, "name", 64, required: false);
        var account = await RequireAccountAsync(request.UserId);
        var device = await TrustAsync(account, deviceId, request.PublicKey, name);
        return ToContract(device);
    }

    /// <summary>Stores the device as trusted with its key (registration, or RegisterDevice) and announces it.</summary>
    public async Task<DeviceRecord> TrustAsync(Account account, string deviceId, string publicKey, string name)
    {
        var now = time.GetUtcNow();
        var existing = await devices.FindAsync(account.UserId, deviceId);
        var device = new DeviceRecord(deviceId, name.Length > 0 ? name : existing?.Name ?? "", publicKey, existing?.RegisteredAt ?? now, now);
        if (!await devices.PutAsync(account.UserId, device, options.Value.Devices.MaxDevices))
            throw RpcProblems.FailedPrecondition($"at most {options.Value.Devices.MaxDevices} devices; remove one first");
        await events.PublishAsync(account, SecurityEventTypes.DeviceTrusted, deviceId: deviceId);
        return device;
    }

    /// <summary>Remembers a device a user signed in from without a key (it stays untrusted).</summary>
    public async Task SeenAsync(Account account, string deviceId)
    {
        var now = time.GetUtcNow();
        var existing = await devices.FindAsync(account.UserId, deviceId);
        var device = existing is null ? new DeviceRecord(deviceId, "", null, now, now) : existing with { LastSeenAt = now };
        await devices.PutAsync(account.UserId, device, options.Value.Devices.MaxDevices);
    }

    public async Task<bool> IsTrustedAsync(string userId, string deviceId) =>
        (await devices.FindAsync(userId, deviceId))?.Trusted == true;

    public async Task<ListDevicesResponse> ListAsync(string userId)
    {
        var response = new ListDevicesResponse();
        response.Devices.Add((await devices.ListAsync(userId)).Select(ToContract));
        return response;
    }

    public async Task<ListDevicesResponse> RemoveAsync(RemoveDeviceRequest request)
    {
        var deviceId = RequestValidation.DeviceId(request.DeviceId);
        var account = await RequireAccountAsync(request.UserId);
        if (!await devices.RemoveAsync(account.UserId, deviceId)) throw RpcProblems.NotFound("no such device");
        await events.PublishAsync(account, SecurityEventTypes.DeviceRemoved, deviceId: deviceId);
        return await ListAsync(account.UserId);
    }

    private async Task<Account> RequireAccountAsync(string userId) =>
        await accounts.FindAsync(userId) ?? throw RpcProblems.NotFound("no such user");

    private static Device ToContract(DeviceRecord device) => new()
    {
        DeviceId = device.DeviceId,
        Name = device.Name,
        Trusted = device.Trusted,
        RegisteredAt = Timestamp.FromDateTimeOffset(device.RegisteredAt),
        LastSeenAt = Timestamp.FromDateTimeOffset(device.LastSeenAt),
    };
}
