using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// OTLP/JSON is protobuf's JSON mapping with one exception: trace and span ids are hex strings, not base64.
/// Converts those ids, then lets Google.Protobuf parse the rest (lowerCamelCase names, integer enums).
/// </summary>
internal static class OtlpJson
{
    private static readonly HashSet<string> IdFields = ["traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id"];

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static T Parse<T>(string json) where T : IMessage<T>, new()
    {
        var root = JsonNode.Parse(json) ?? throw new FormatException("the body is JSON null");
        HexIdsToBase64(root);
        return Parser.Parse<T>(root.ToJsonString());
    }

    public static string Format(IMessage message) => JsonFormatter.Default.Format(message);

    private static void HexIdsToBase64(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (IdFields.Contains(name) && value is JsonValue id && id.GetValueKind() == JsonValueKind.String)
                    {
                        obj[name] = Convert.ToBase64String(Convert.FromHexString(id.GetValue<string>()));
                    }
                    else if (value is not null)
                    {
                        HexIdsToBase64(value);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    HexIdsToBase64(item);
                }
                break;
        }
    }
}
