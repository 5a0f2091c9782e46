using Platform.Notification.Domain.Contacts;
using Platform.Redis;

namespace Platform.Notification.Storage;

/// <summary>Where to reach each user: the phone and locale identity's events carry, kept for events that do not.</summary>
public sealed class ContactStore(IRedisClient redis)
{
    public async Task SaveAsync(string userId, Contact contact) =>
        await redis.HSetAsync(NotificationKeys.Contact(userId), [new("phone", contact.Phone), new("locale", contact.Locale)]);

    public async Task<Contact?> FindAsync(string userId)
    {
        var values = await redis.HMGetStringAsync(NotificationKeys.Contact(userId), ["phone", "locale"]);
        return values[0] is null ? null : new Contact(values[0]!, values[1] ?? Domain.Templates.Locales.Default);
    }
}
