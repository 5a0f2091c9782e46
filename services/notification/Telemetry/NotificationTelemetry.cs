using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Notification.Telemetry;

/// <summary>Notification's business metrics and activity source, both named <c>Platform.Notification</c>.</summary>
public sealed class NotificationTelemetry : IDisposable
{
    public const string Name = "Platform.Notification";

    private readonly Meter _meter;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _otp;

    public NotificationTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _sent = _meter.CreateCounter<long>("notification.messages", description: "Messages delivered by channel and template");
        _duplicates = _meter.CreateCounter<long>("notification.duplicates", description: "Event deliveries recognised as duplicates");
        _otp = _meter.CreateCounter<long>("notification.otp", description: "One-time code sends by outcome");
    }

    public static ActivitySource Source { get; } = new(Name);

    public void Delivered(string channel, string template) => _sent.Add(1, new("channel", channel), new("template", template));

    public void Duplicate(string template) => _duplicates.Add(1, new KeyValuePair<string, object?>("template", template));

    public void Otp(string outcome) => _otp.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
