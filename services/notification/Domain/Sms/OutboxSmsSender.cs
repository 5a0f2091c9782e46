using Microsoft.Extensions.Options;
using Platform.Notification.Options;
using Platform.Notification.Storage;

namespace Platform.Notification.Domain.Sms;

/// <summary>The built-in SMS provider: each phone's messages go to an outbox in Redis that operators and tests read.</summary>
public sealed class OutboxSmsSender(SmsOutboxStore outbox, IOptions<NotificationOptions> options) : ISmsSender
{
    public async Task SendAsync(SmsMessageRecord message, CancellationToken cancellationToken = default) =>
        await outbox.AppendAsync(message, options.Value.SmsOutboxKept);
}
