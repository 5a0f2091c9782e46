namespace Platform.Identity.Storage;

/// <summary>
/// Every Redis key identity uses. A user's keys share the hash tag <c>{u:&lt;id&gt;}</c>, so each Lua script touches
/// one cluster slot; only the phone index and the signing key live outside a user's slot.
/// </summary>
public static class IdentityKeys
{
    public const string UserSequence = "identity:user-seq";
    public const string SigningKey = "identity:signing-key";

    public static string PhoneIndex(string phone) => $"identity:phone:{{p:{phone}}}";

    public static string Account(string userId) => User(userId, "account");

    public static string Devices(string userId) => User(userId, "devices");

    public static string Cards(string userId) => User(userId, "cards");

    public static string Face(string userId) => User(userId, "face");

    public static string Limiter(string userId, string credential) => User(userId, "limiter:" + credential);

    public static string Verification(string userId, string verificationId) => User(userId, "verification:" + verificationId);

    public static string SmsCode(string userId, string verificationId) => User(userId, "sms-code:" + verificationId);

    public static string DeviceChallenge(string userId, string challengeId) => User(userId, "device-challenge:" + challengeId);

    public static string FaceSession(string userId, string sessionId) => User(userId, "face-session:" + sessionId);

    public static string Ticket(string userId, string ticketDigest) => User(userId, "ticket:" + ticketDigest);

    public static string RefreshToken(string userId, string tokenDigest) => User(userId, "refresh:" + tokenDigest);

    public static string SecurityEvents(string userId) => User(userId, "security-events");

    private static string User(string userId, string suffix) => $"identity:{{u:{userId}}}:{suffix}";
}
