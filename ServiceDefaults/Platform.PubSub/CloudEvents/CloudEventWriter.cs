using System.Buffers;
using System.Text.Json;

namespace Platform.PubSub;

/// <summary>
/// Writes the envelope Dapr's runtime builds for a publish (components-contrib pubsub.NewCloudEventsEnvelope):
/// the same attributes, with <c>traceid</c> repeating traceparent for older readers, and keys in the sorted order
/// Go's encoding/json gives a map. <c>data</c> is embedded as JSON because the content type is application/json.
/// </summary>
internal static class CloudEventWriter
{
    public const string DefaultType = "com.dapr.event.sent";
    public const string SpecVersion = "1.0";
    public const string JsonContentType = "application/json";

    public static byte[] Write(
        string id,
        string source,
        string type,
        string topic,
        string pubSubName,
        string traceParent,
        string traceState,
        DateTimeOffset time,
        ReadOnlySpan<byte> dataJson)
    {
        var buffer = new ArrayBufferWriter<byte>(dataJson.Length + 512);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            json.WriteStartObject();
            json.WritePropertyName("data"u8);
            json.WriteRawValue(dataJson, skipInputValidation: true);
            json.WriteString("datacontenttype"u8, JsonContentType);
            json.WriteString("id"u8, id);
            json.WriteString("pubsubname"u8, pubSubName);
            json.WriteString("source"u8, source);
            json.WriteString("specversion"u8, SpecVersion);
            // Go's time.RFC3339: second precision, UTC written as Z.
            json.WriteString("time"u8, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("topic"u8, topic);
            json.WriteString("traceid"u8, traceParent);
            json.WriteString("traceparent"u8, traceParent);
            json.WriteString("tracestate"u8, traceState);
            json.WriteString("type"u8, type);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
