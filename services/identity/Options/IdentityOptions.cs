namespace Platform.Identity.Options;

/// <summary>Everything tunable about identity, bound from the configuration section <c>Identity</c>.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// Base64 of at least 32 random bytes, held outside Redis (injected as a secret). Keys derived from it protect
    /// payment passwords, SMS codes and card fingerprints, so a copy of Redis alone cannot test guesses offline.
    /// </summary>
    public string? PaymentPasswordPepper { get; set; }

    /// <summary>ES256 signing key as base64 PKCS#8; when absent one is generated once and kept in Redis.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Face template encryption keys by id (<c>Identity:FaceKeys:&lt;id&gt;</c>), each base64 of 32 bytes. Old keys
    /// stay configured so templates sealed with them can still be opened.
    /// </summary>
    public Dictionary<string, string> FaceKeys { get; set; } = [];

    /// <summary>The key new templates are sealed with; may be omitted when exactly one key is configured.</summary>
    public string? ActiveFaceKeyId { get; set; }

    public TokenOptions Tokens { get; set; } = new();

    public PasswordOptions Passwords { get; set; } = new();

    public SmsCodeOptions SmsCodes { get; set; } = new();

    public DeviceOptions Devices { get; set; } = new();

    public FaceOptions Face { get; set; } = new();

    public VerificationOptions Verification { get; set; } = new();

    public CardOptions Cards { get; set; } = new();

    /// <summary>How long the notification service may take to accept an SMS code for delivery.</summary>
    public TimeSpan NotificationDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many security events are kept per user for the security centre.</summary>
    public int SecurityEventsKept { get; set; } = 100;
}
