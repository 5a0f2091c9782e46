using System.Text.Json;
using Platform.Identity.Domain.Devices;
using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>A user's devices: one hash, device id → JSON record, with a cap on how many.</summary>
public sealed class DeviceStore(IRedisClient redis)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds or replaces a device; false when the user already has the maximum number of other devices.</summary>
    public async Task<bool> PutAsync(string userId, DeviceRecord device, int maxDevices)
    {
        var reply = await IdentityScripts.PutCapped.EvaluateAsync(redis, [IdentityKeys.Devices(userId)],
            [device.DeviceId, JsonSerializer.Serialize(device, Json), maxDevices, "1"]);
        return reply[0].AsString() != "full";
    }

    public async Task<DeviceRecord?> FindAsync(string userId, string deviceId)
    {
        var json = await redis.HGetStringAsync(IdentityKeys.Devices(userId), deviceId);
        return json is null ? null : JsonSerializer.Deserialize<DeviceRecord>(json, Json);
    }

    public async Task<IReadOnlyList<DeviceRecord>> ListAsync(string userId)
    {
        var all = await redis.HGetAllStringAsync(IdentityKeys.Devices(userId));
        return all.Values
            .Select(json => JsonSerializer.Deserialize<DeviceRecord>(json, Json)!)
            .OrderBy(device => device.RegisteredAt)
            .ToList();
    }

    public async Task<bool> RemoveAsync(string userId, string deviceId) =>
        await redis.HDelAsync(IdentityKeys.Devices(userId), [deviceId]) > 0;
}
