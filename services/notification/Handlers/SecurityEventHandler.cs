using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Platform.Contracts.Events.V1;
using Platform.Notification.Domain.Contacts;
using Platform.Notification.Domain.Delivery;
using Platform.Notification.Domain.Templates;
using Platform.Notification.Options;
using Platform.Notification.Storage;
using Platform.PubSub;

namespace Platform.Notification.Handlers;

/// <summary>
/// identity.security: keeps the user's phone and locale (for events that do not carry them) and tells the user
/// about the events that have a template (new-device logins, credential changes, lockouts, freezes, ...).
/// </summary>
public sealed partial class SecurityEventHandler(
    Notifier notifier,
    TemplateCatalog templates,
    ContactStore contacts,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<SecurityEventHandler> logger) : ITopicHandler<SecurityEvent>
{
    public async Task<TopicResponse> HandleAsync(TopicEvent<SecurityEvent> topicEvent, CancellationToken cancellationToken)
    {
        var security = topicEvent.Data;
        if (string.IsNullOrEmpty(security.UserId))
        {
            logger.LogWarning("Dropped security event {EventId}: no user id", topicEvent.Id);
            return TopicResponse.Drop;
        }
        Contact? contact = null;
        if (Phone().IsMatch(security.Phone))
        {
            var locale = security.Locale is Locales.Chinese or Locales.English ? security.Locale : Locales.Default;
            contact = new Contact(security.Phone, locale);
            await contacts.SaveAsync(security.UserId, contact);
        }

        var templateKey = "security." + security.Type;
        if (!templates.Contains(templateKey)) return TopicResponse.Success;
        await notifier.DeliverAsync(topicEvent.Id, security.UserId, templateKey, locale => new Dictionary<string, string>
        {
            ["device"] = security.DeviceId,
            ["factor"] = templates.FactorName(locale, security.Factor),
            ["time"] = MessageValues.Time(security.At, options.Value.DisplayUtcOffset, time.GetUtcNow()),
        }, contact);
        return TopicResponse.Success;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex Phone();
}
