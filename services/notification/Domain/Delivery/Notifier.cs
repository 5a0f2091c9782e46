using Microsoft.Extensions.Options;
using Platform.Notification.Domain.Contacts;
using Platform.Notification.Domain.Inbox;
using Platform.Notification.Domain.Sms;
using Platform.Notification.Domain.Templates;
using Platform.Notification.Options;
using Platform.Notification.Storage;
using Platform.Notification.Telemetry;

namespace Platform.Notification.Domain.Delivery;

/// <summary>
/// Tells a user about an event: renders the event's template in the user's locale into the in-app inbox and, when
/// the template has one and the phone is known, an SMS. Idempotent per event id: a redelivered event changes nothing.
/// </summary>
public sealed class Notifier(
    TemplateCatalog templates,
    InboxStore inbox,
    ISmsSender sms,
    ContactStore contacts,
    NotificationTelemetry telemetry,
    IOptions<NotificationOptions> options,
    TimeProvider time)
{
    /// <param name="values">The placeholder values for a locale (amounts and names read differently per locale).</param>
    /// <param name="contact">The contact the event itself carries, if any; otherwise the one kept for the user.</param>
    public async Task DeliverAsync(
        string eventId, string userId, string templateKey, Func<string, IReadOnlyDictionary<string, string>> values, Contact? contact = null)
    {
        using var activity = NotificationTelemetry.Source.StartActivity("notification.deliver");
        activity?.SetTag("notification.template", templateKey);
        contact ??= await contacts.FindAsync(userId);
        var locale = contact?.Locale ?? Locales.Default;
        var message = templates.Render(templateKey, locale, values(locale));
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();

        if (message.HasInbox)
        {
            var stored = new StoredMessage(MessageIds.For(eventId, "inbox"), message.Title!, message.Body!, templateKey, now);
            if (await inbox.DeliverAsync(userId, stored, options.Value.InboxKept)) telemetry.Delivered("inbox", templateKey);
            else telemetry.Duplicate(templateKey);
        }
        if (message.Sms is not null && contact is not null)
        {
            await sms.SendAsync(new SmsMessageRecord(MessageIds.For(eventId, "sms"), contact.Phone, message.Sms, now));
            telemetry.Delivered("sms", templateKey);
        }
    }
}
