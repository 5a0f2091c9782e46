namespace Platform.Identity.Domain.Credentials;

/// <summary>Reads key material from configuration and says exactly which setting is wrong.</summary>
public static class SecretKeys
{
    public static byte[] Decode(string? base64, string setting, int minBytes = 32)
    {
        var hint = $"set {setting} (env {setting.Replace(":", "__", StringComparison.Ordinal)}) to the base64 of at least {minBytes} random bytes";
        if (string.IsNullOrWhiteSpace(base64)) throw new InvalidOperationException($"Missing secret: {hint}.");
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var length) || length < minBytes)
            throw new InvalidOperationException($"Invalid secret: {hint}.");
        return buffer[..length];
    }
}
