using System.Text.Json;

namespace Platform.PubSub;

/// <summary>Reads an envelope from a stream entry's <c>data</c> field; rejects anything that is not one.</summary>
internal static class CloudEventReader
{
    /// <summary>Parses <paramref name="envelope"/>; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static CloudEvent Parse(ReadOnlyMemory<byte> envelope)
    {
        string? id = null, source = null, type = null, specVersion = null, contentType = null, topic = null;
        string? pubSubName = null, traceParent = null, traceState = null, time = null;
        ReadOnlyMemory<byte> dataJson = default;
        byte[]? dataBinary = null;
        try
        {
            var reader = new Utf8JsonReader(envelope.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FormatException("The event is not a JSON object.");
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "data":
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        dataJson = envelope[start..(int)reader.BytesConsumed];
                        break;
                    case "data_base64":
                        dataBinary = reader.GetBytesFromBase64();
                        break;
                    case "id": id = Text(ref reader); break;
                    case "source": source = Text(ref reader); break;
                    case "type": type = Text(ref reader); break;
                    case "specversion": specVersion = Text(ref reader); break;
                    case "datacontenttype": contentType = Text(ref reader); break;
                    case "topic": topic = Text(ref reader); break;
                    case "pubsubname": pubSubName = Text(ref reader); break;
                    case "traceparent": traceParent = Text(ref reader); break;
                    case "tracestate": traceState = Text(ref reader); break;
                    case "time": time = Text(ref reader); break;
                    default: reader.Skip(); break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw new FormatException("The event is not valid JSON.", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException("An event attribute has the wrong JSON type.", ex);
        }

        if (string.IsNullOrEmpty(id))
        {
            throw new FormatException("The event has no id.");
        }
        return new CloudEvent
        {
            Id = id,
            Source = source,
            Type = type,
            SpecVersion = specVersion,
            DataContentType = contentType,
            Topic = topic,
            PubSubName = pubSubName,
            TraceParent = traceParent,
            TraceState = traceState,
            Time = time,
            DataJson = dataJson,
            DataBinary = dataBinary,
        };
    }

    private static string? Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
}
