using System.Globalization;
using Platform.Identity.Domain.Face;
using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>A user's sealed face template. Nothing here can be read without the face keys held in configuration.</summary>
public sealed class FaceStore(IRedisClient redis)
{
    public async Task SaveAsync(string userId, SealedTemplate template) =>
        await redis.HSetAsync(IdentityKeys.Face(userId),
        [
            new("key_id", template.KeyId),
            new("nonce", template.Nonce),
            new("ciphertext", template.Ciphertext),
            new("tag", template.Tag),
            new("enrolled_ms", template.EnrolledAt.ToUnixTimeMilliseconds()),
        ]);

    public async Task<SealedTemplate?> FindAsync(string userId)
    {
        var fields = await redis.HGetAllAsync(IdentityKeys.Face(userId));
        if (!fields.TryGetValue("key_id", out var keyId)) return null;
        var enrolled = long.Parse(System.Text.Encoding.ASCII.GetString(fields["enrolled_ms"]), CultureInfo.InvariantCulture);
        return new SealedTemplate(
            System.Text.Encoding.UTF8.GetString(keyId),
            fields["nonce"],
            fields["ciphertext"],
            fields["tag"],
            DateTimeOffset.FromUnixTimeMilliseconds(enrolled));
    }

    public async Task<bool> IsEnrolledAsync(string userId) =>
        await redis.ExistsAsync(IdentityKeys.Face(userId)) > 0;
}
