using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Collections;
using OpenTelemetry.Proto.Common.V1;
using Platform.Dashboard.Telemetry;
using OtlpResource = OpenTelemetry.Proto.Resource.V1.Resource;

namespace Platform.Dashboard.Otlp;

/// <summary>Turns OTLP's wire values into what the dashboard shows: strings, hex ids, timestamps, sources.</summary>
internal static class OtlpValues
{
    public const string UnknownService = "unknown_service";

    public static TelemetrySource Source(OtlpResource? resource)
    {
        var attributes = resource?.Attributes;
        var service = Find(attributes, "service.name") is { Length: > 0 } name ? name : UnknownService;
        var instance = Find(attributes, "service.instance.id") is { Length: > 0 } id ? id : service;
        return new TelemetrySource(service, instance);
    }

    /// <summary>Keys and short values are shared across records (see <see cref="SharedStrings"/>).</summary>
    public static AttributeList Attributes(RepeatedField<KeyValue> attributes)
    {
        if (attributes.Count == 0)
        {
            return AttributeList.Empty;
        }
        var strings = SharedStrings.Instance;
        var items = new KeyValuePair<string, string>[attributes.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var attribute = attributes[i];
            items[i] = new KeyValuePair<string, string>(strings.Share(attribute.Key), FormatShared(attribute.Value, strings));
        }
        return new AttributeList(items);
    }

    public static string Format(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue => "[" + string.Join(", ", value.ArrayValue.Values.Select(Format)) + "]",
        AnyValue.ValueOneofCase.KvlistValue => "{" + string.Join(", ", value.KvlistValue.Values.Select(kv => $"{kv.Key}: {Format(kv.Value)}")) + "}",
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
        _ => "",
    };

    /// <summary>What <see cref="Format"/> gives, as a shared instance when short; numbers are formatted on the stack.</summary>
    private static string FormatShared(AnyValue? value, SharedStrings strings)
    {
        Span<char> text = stackalloc char[32];
        switch (value?.ValueCase)
        {
            case AnyValue.ValueOneofCase.StringValue:
                return strings.Share(value.StringValue);
            case AnyValue.ValueOneofCase.IntValue when value.IntValue.TryFormat(text, out var written, default, CultureInfo.InvariantCulture):
                return strings.Share(text[..written]);
            case AnyValue.ValueOneofCase.DoubleValue when value.DoubleValue.TryFormat(text, out var written, default, CultureInfo.InvariantCulture):
                return strings.Share(text[..written]);
            default:
                return Format(value);
        }
    }

    /// <summary>Unix nanoseconds to a timestamp (100 ns precision); 0 means "unknown", taken as now.</summary>
    public static DateTimeOffset Time(ulong unixNanoseconds) =>
        unixNanoseconds == 0
            ? DateTimeOffset.UtcNow
            : DateTimeOffset.UnixEpoch.AddTicks((long)Math.Min(unixNanoseconds / 100, (ulong)(DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks));

    public static string Scope(InstrumentationScope? scope) => scope is null ? "" : SharedStrings.Instance.Share(scope.Name);

    private static string? Find(RepeatedField<KeyValue>? attributes, string key)
    {
        foreach (var attribute in attributes ?? [])
        {
            if (attribute.Key == key)
            {
                return SharedStrings.Instance.Share(Format(attribute.Value));
            }
        }
        return null;
    }
}
