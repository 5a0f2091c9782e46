using System.Globalization;
using System.Text;
using static Platform.Dashboard.Otlp.ProtoReader;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// opentelemetry/proto/common/v1 read from the wire into what the dashboard shows, the same text
/// <see cref="OtlpValues.Format"/> makes of the parsed messages: KeyValue, AnyValue, InstrumentationScope.
/// </summary>
internal static class OtlpWireValues
{
    /// <summary>The KeyValue fields numbered <paramref name="field"/> of a message, in order.</summary>
    public static Telemetry.AttributeList Attributes(ReadOnlySpan<byte> message, int field)
    {
        var count = 0;
        foreach (var _ in Messages(message, field))
        {
            count++;
        }
        if (count == 0)
        {
            return Telemetry.AttributeList.Empty;
        }
        var items = new KeyValuePair<string, string>[count];
        var index = 0;
        foreach (var keyValue in Messages(message, field))
        {
            var (key, value) = KeyValue(keyValue);
            items[index++] = new KeyValuePair<string, string>(key, value);
        }
        return new Telemetry.AttributeList(items);
    }

    /// <summary>KeyValue: key = 1, value = 2 (an AnyValue; absent shows as "").</summary>
    public static (string Key, string Value) KeyValue(ReadOnlySpan<byte> message, bool share = true)
    {
        var key = "";
        var value = "";
        var reader = new ProtoReader(message);
        while (reader.Next(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, Length):
                    key = String(reader.ReadLength());
                    break;
                case (2, Length):
                    value = Value(reader.ReadLength(), share);
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        return (key, value);
    }

    /// <summary>AnyValue, a oneof: string 1, bool 2, int 3, double 4, array 5, key-value list 6, bytes 7; the last set wins.</summary>
    public static string Value(ReadOnlySpan<byte> message, bool share)
    {
        var text = "";
        Span<char> number = stackalloc char[32];
        var reader = new ProtoReader(message);
        while (reader.Next(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, Length):
                    var utf8 = reader.ReadLength();
                    text = share ? String(utf8) : Encoding.UTF8.GetString(utf8);
                    break;
                case (2, Varint):
                    text = reader.ReadVarint() != 0 ? "true" : "false";
                    break;
                case (3, Varint):
                    ((long)reader.ReadVarint()).TryFormat(number, out var written, default, CultureInfo.InvariantCulture);
                    text = Text(number[..written], share);
                    break;
                case (4, Fixed64):
                    BitConverter.UInt64BitsToDouble(reader.ReadFixed64()).TryFormat(number, out written, default, CultureInfo.InvariantCulture);
                    text = Text(number[..written], share);
                    break;
                case (5, Length):
                    text = "[" + string.Join(", ", Values(reader.ReadLength())) + "]";
                    break;
                case (6, Length):
                    text = "{" + string.Join(", ", KeyValues(reader.ReadLength())) + "}";
                    break;
                case (7, Length):
                    text = Convert.ToBase64String(reader.ReadLength());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        return text;
    }

    /// <summary>
    /// Who sent a ResourceSpans, ResourceLogs or ResourceMetrics (resource = 1, in any place among the fields):
    /// service.name and service.instance.id, the first of each in the resource's attributes.
    /// </summary>
    public static Telemetry.TelemetrySource Source(ReadOnlySpan<byte> container)
    {
        string? service = null, instance = null;
        foreach (var resource in Messages(container, 1))
        {
            foreach (var attribute in Messages(resource, 1))
            {
                var (key, value) = KeyValue(attribute);
                if (key == "service.name")
                {
                    service ??= value;
                }
                else if (key == "service.instance.id")
                {
                    instance ??= value;
                }
            }
        }
        service = service is { Length: > 0 } ? service : OtlpValues.UnknownService;
        return new Telemetry.TelemetrySource(service, instance is { Length: > 0 } ? instance : service);
    }

    /// <summary>The scope name of a ScopeSpans, ScopeLogs or ScopeMetrics (scope = 1, in any place among the fields).</summary>
    public static string Scope(ReadOnlySpan<byte> container)
    {
        var name = "";
        foreach (var scope in Messages(container, 1))
        {
            name = ScopeName(scope);
        }
        return name;
    }

    /// <summary>InstrumentationScope: name = 1.</summary>
    private static string ScopeName(ReadOnlySpan<byte> message)
    {
        var name = "";
        foreach (var utf8 in Messages(message, 1))
        {
            name = String(utf8);
        }
        return name;
    }

    public static string String(ReadOnlySpan<byte> utf8) => SharedStrings.Instance.ShareUtf8(utf8);

    private static string Text(ReadOnlySpan<char> formatted, bool share) =>
        share ? SharedStrings.Instance.Share(formatted) : new string(formatted);

    /// <summary>ArrayValue: values = 1.</summary>
    private static List<string> Values(ReadOnlySpan<byte> message)
    {
        var values = new List<string>();
        foreach (var value in Messages(message, 1))
        {
            values.Add(Value(value, share: false));
        }
        return values;
    }

    /// <summary>KeyValueList: values = 1, each shown as "key: value".</summary>
    private static List<string> KeyValues(ReadOnlySpan<byte> message)
    {
        var pairs = new List<string>();
        foreach (var keyValue in Messages(message, 1))
        {
            var (key, value) = KeyValue(keyValue, share: false);
            pairs.Add($"{key}: {value}");
        }
        return pairs;
    }
}
