using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Options;

namespace Platform.Identity.Domain.Face;

/// <summary>
/// Seals face templates with AES-256-GCM. The key id travels with the template, so keys can rotate: new templates
/// use the active key, old ones open with the key they name. The user id is authenticated data, so a template
/// copied to another user's record does not open.
/// </summary>
public sealed class FaceTemplateCipher
{
    private const int TagBytes = 16;
    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _activeKeyId;
    private readonly TimeProvider _time;

    public FaceTemplateCipher(IOptions<IdentityOptions> options, TimeProvider time)
    {
        _time = time;
        var settings = options.Value;
        if (settings.FaceKeys.Count == 0)
            throw new InvalidOperationException("No face keys: set Identity:FaceKeys:<id> (env Identity__FaceKeys__<id>) to the base64 of 32 random bytes.");
        _keys = settings.FaceKeys.ToDictionary(pair => pair.Key, pair => SecretKeys.Decode(pair.Value, $"Identity:FaceKeys:{pair.Key}"));
        if (_keys.Values.Any(key => key.Length != 32))
            throw new InvalidOperationException("Every Identity:FaceKeys entry must be exactly 32 bytes (AES-256).");
        _activeKeyId = settings.ActiveFaceKeyId ?? (_keys.Count == 1
            ? _keys.Keys.Single()
            : throw new InvalidOperationException("Several face keys are configured: set Identity:ActiveFaceKeyId to the one new templates use."));
        if (!_keys.ContainsKey(_activeKeyId))
            throw new InvalidOperationException($"Identity:ActiveFaceKeyId names '{_activeKeyId}', which is not among Identity:FaceKeys.");
    }

    public string ActiveKeyId => _activeKeyId;

    public SealedTemplate Seal(string userId, float[] descriptor)
    {
        var plaintext = FaceDescriptor.ToBytes(descriptor);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagBytes];
        using (var aes = new AesGcm(_keys[_activeKeyId], TagBytes))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(userId));
        }
        CryptographicOperations.ZeroMemory(plaintext);
        return new SealedTemplate(_activeKeyId, nonce, ciphertext, tag, _time.GetUtcNow());
    }

    public float[] Open(string userId, SealedTemplate template)
    {
        if (!_keys.TryGetValue(template.KeyId, out var key))
            throw new InvalidOperationException($"The face template is sealed with key '{template.KeyId}', which is no longer configured.");
        var plaintext = new byte[template.Ciphertext.Length];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Decrypt(template.Nonce, template.Ciphertext, template.Tag, plaintext, AssociatedData(userId));
        }
        var descriptor = FaceDescriptor.FromBytes(plaintext);
        CryptographicOperations.ZeroMemory(plaintext);
        return descriptor;
    }

    private static byte[] AssociatedData(string userId) => Encoding.UTF8.GetBytes("face-template\n" + userId);
}
