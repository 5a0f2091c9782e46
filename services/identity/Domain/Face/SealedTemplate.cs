namespace Platform.Identity.Domain.Face;

/// <summary>A face template encrypted with AES-256-GCM under the face key <see cref="KeyId"/>.</summary>
public sealed record SealedTemplate(string KeyId, byte[] Nonce, byte[] Ciphertext, byte[] Tag, DateTimeOffset EnrolledAt);
