namespace Platform.Notification.Domain.Sms;

/// <summary>
/// The SMS channel: an adapter to a provider. Sending the same message id twice must deliver it once (handlers are
/// retried after failures). The built-in adapter writes an outbox in Redis (<see cref="OutboxSmsSender"/>).
/// </summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessageRecord message, CancellationToken cancellationToken = default);
}
