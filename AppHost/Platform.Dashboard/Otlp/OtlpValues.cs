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
    private const string UnknownService = "unknown_service";

    public static TelemetrySource Source(OtlpResource? resource)
    {
        var attributes = resource?.Attributes;
        var service = Find(attributes, "service.name") is { Length: > 0 } name ? name : UnknownService;
        var instance = Find(attributes, "service.instance.id") is { Length: > 0 } id ? id : service;
        return new TelemetrySource(service, instance);
    }

    public static AttributeList Attributes(RepeatedField<KeyValue> attributes) =>
        attributes.Count == 0 ? AttributeList.Empty : new AttributeList(attributes.Select(a => KeyValuePair.Create(a.Key, Format(a.Value))).ToList());

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

    /// <summary>Lower-case hex of a trace or span id; null when absent or all zeroes (invalid per the spec).</summary>
    public static string? Id(ByteString id) =>
        id.IsEmpty || id.Span.IndexOfAnyExcept((byte)0) < 0 ? null : Convert.ToHexStringLower(id.Span);

    /// <summary>Unix nanoseconds to a timestamp (100 ns precision); 0 means "unknown", taken as now.</summary>
    public static DateTimeOffset Time(ulong unixNanoseconds) =>
        unixNanoseconds == 0
            ? DateTimeOffset.UtcNow
            : DateTimeOffset.UnixEpoch.AddTicks((long)Math.Min(unixNanoseconds / 100, (ulong)(DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks));

    public static string Scope(InstrumentationScope? scope) => scope?.Name ?? "";

    private static string? Find(RepeatedField<KeyValue>? attributes, string key) =>
        attributes?.FirstOrDefault(a => a.Key == key) is { } found ? Format(found.Value) : null;
}
