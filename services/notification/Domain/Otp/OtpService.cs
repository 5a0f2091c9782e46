using Grpc.Core;
using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Contracts.Notification.V1;
using Platform.Notification.Domain.Delivery;
using Platform.Notification.Domain.Sms;
using Platform.Notification.Domain.Templates;
using Platform.Notification.Grpc;
using Platform.Notification.Options;
using Platform.Notification.Storage;
using Platform.Notification.Telemetry;
using Platform.Grpc.Validation;

namespace Platform.Notification.Domain.Otp;

/// <summary>
/// Delivers one-time codes by SMS, at most N sends per window per phone and per client (RESOURCE_EXHAUSTED beyond).
/// Every text says what the code is for, how long it is valid, and that staff never ask for it. The code is never
/// logged.
/// </summary>
public sealed class OtpService(
    RateLimitStore limits,
    ISmsSender sms,
    TemplateCatalog templates,
    NotificationTelemetry telemetry,
    IOptions<NotificationOptions> options,
    TimeProvider time)
{
    public const string TemplateKey = "otp";

    public async Task<SendOtpResponse> SendAsync(SendOtpRequest request)
    {
        using var activity = NotificationTelemetry.Source.StartActivity("notification.otp");
        var phone = FieldRules.Phone(request.Phone);
        if (request.Code.Length != 6 || !request.Code.All(char.IsAsciiDigit)) throw RpcProblems.Invalid("code must be exactly 6 digits");
        var purpose = FieldRules.Purpose(request.Purpose);
        var locale = RequestValidation.Locale(request.Locale);
        var clientId = FieldRules.ClientId(request.ClientId);
        if (request.ValidMinutes is < 1 or > 10) throw RpcProblems.Invalid("valid_minutes must be 1 to 10");

        var settings = options.Value.Otp;
        var now = time.GetUtcNow();
        var messageId = MessageIds.For(Guid.NewGuid().ToString("N"), "otp");
        var phoneKey = NotificationKeys.OtpRateByPhone(phone);
        var (phoneTaken, phoneRetry) = await limits.TryTakeAsync(phoneKey, messageId, now, settings.Window, settings.MaxSendsPerWindow);
        if (!phoneTaken) throw Limited("this phone", phoneRetry);
        var (clientTaken, clientRetry) = await limits.TryTakeAsync(NotificationKeys.OtpRateByClient(clientId), messageId, now, settings.Window, settings.MaxSendsPerWindow);
        if (!clientTaken)
        {
            await limits.ReleaseAsync(phoneKey, messageId);
            throw Limited("this client", clientRetry);
        }

        var text = templates.Render(TemplateKey, locale, new Dictionary<string, string>
        {
            ["code"] = request.Code,
            ["purpose"] = templates.PurposeName(locale, purpose),
            ["minutes"] = request.ValidMinutes.ToString(CultureInfo.InvariantCulture),
        }).Sms!;
        await sms.SendAsync(new SmsMessageRecord(messageId, phone, text, now.ToUnixTimeMilliseconds()));
        telemetry.Otp("sent");
        return new SendOtpResponse { MessageId = messageId };
    }

    private RpcException Limited(string subject, DateTimeOffset retryAt)
    {
        telemetry.Otp("rate_limited");
        return RpcProblems.ResourceExhausted($"too many codes sent to {subject}; try again after {retryAt:u}");
    }
}
