namespace Platform.Notification.Storage;

/// <summary>
/// Every Redis key notification uses. A user's keys share the hash tag <c>{u:&lt;id&gt;}</c>, a phone's outbox
/// <c>{p:&lt;phone&gt;}</c>, a client's rate window <c>{c:&lt;id&gt;}</c>, so each script touches one cluster slot.
/// </summary>
public static class NotificationKeys
{
    public static string InboxMessages(string userId) => User(userId, "inbox:messages");

    public static string InboxOrder(string userId) => User(userId, "inbox:order");

    public static string InboxUnread(string userId) => User(userId, "inbox:unread");

    public static string InboxSequence(string userId) => User(userId, "inbox:seq");

    public static string Contact(string userId) => User(userId, "contact");

    public static string SmsMessages(string phone) => $"notification:sms:{{p:{phone}}}:messages";

    public static string SmsOrder(string phone) => $"notification:sms:{{p:{phone}}}:order";

    public static string SmsSequence(string phone) => $"notification:sms:{{p:{phone}}}:seq";

    public static string OtpRateByPhone(string phone) => $"notification:otp-rate:{{p:{phone}}}";

    public static string OtpRateByClient(string clientId) => $"notification:otp-rate:{{c:{clientId}}}";

    public const string AnnouncementData = "notification:{announcements}:data";
    public const string AnnouncementOrder = "notification:{announcements}:order";

    private static string User(string userId, string suffix) => $"notification:{{u:{userId}}}:{suffix}";
}
