using System.Reflection;
using Microsoft.Extensions.Options;
using Platform.Redis;

namespace Platform.Gateway.Idempotency;

/// <summary>
/// Idempotency keys in Redis, one hash per (user, key) in the user's slot: claimed atomically by the first
/// request (a set-if-absent), then holding that request's response for replay until it expires.
/// </summary>
public sealed class IdempotencyStore(IRedisClient redis, IOptions<IdempotencyOptions> options)
{
    private static readonly LuaScript Claim = LoadScript("claim.lua");
    private static readonly LuaScript Complete = LoadScript("complete.lua");
    private static readonly LuaScript Release = LoadScript("release.lua");

    public static string RecordKey(string userId, string key) => $"gateway:{{u:{userId}}}:idem:{key}";

    public async Task<IdempotencyClaim> ClaimAsync(string userId, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var lifetime = (long)options.Value.ClaimLifetime.TotalMilliseconds;
        var reply = await Claim.EvaluateAsync(redis, [RecordKey(userId, key)], [fingerprint, token, lifetime], cancellationToken);
        return reply[0].AsString() switch
        {
            "claimed" => new IdempotencyClaim(ClaimOutcome.Claimed, Token: token),
            "mismatch" => new IdempotencyClaim(ClaimOutcome.Mismatch),
            "pending" => new IdempotencyClaim(ClaimOutcome.Pending),
            _ => new IdempotencyClaim(ClaimOutcome.Replay, Response: new StoredResponse(
                (int)reply[1].AsInt64(), reply[2].AsString() ?? "", reply[3].AsString() ?? "", reply[4].AsBytes() ?? [])),
        };
    }

    /// <summary>Stores the response; false if the claim had expired and another request owns the key now.</summary>
    public async Task<bool> CompleteAsync(string userId, string key, string token, StoredResponse response)
    {
        var lifetime = (long)options.Value.ResponseLifetime.TotalMilliseconds;
        var reply = await Complete.EvaluateAsync(redis, [RecordKey(userId, key)],
            [token, response.StatusCode, response.ContentType, response.Location, response.Body, lifetime]);
        return reply.AsInt64() == 1;
    }

    /// <summary>Frees the key without a stored response, so the client's retry executes.</summary>
    public async Task ReleaseAsync(string userId, string key, string token) =>
        await Release.EvaluateAsync(redis, [RecordKey(userId, key)], [token]);

    private static LuaScript LoadScript(string name)
    {
        var resource = $"Platform.Gateway.Idempotency.Scripts.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return new LuaScript(reader.ReadToEnd());
    }
}
