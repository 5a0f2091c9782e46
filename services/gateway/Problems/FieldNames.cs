using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Problems;

/// <summary>Turns the names errors arrive with (C# members, proto fields, JSON paths) into the API's camelCase JSON names.</summary>
public static partial class FieldNames
{
    /// <summary>"AmountFen" → "amountFen", "limits.daily_fen" → "limits.dailyFen", "Items[0].Name" → "items[0].name".</summary>
    public static string ToJson(string name)
    {
        if (name.Contains('-')) return name; // a header name such as Idempotency-Key is already what the client sent
        var builder = new StringBuilder(name.Length);
        var startOfSegment = true;
        var upperNext = false;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upperNext = !startOfSegment;
                continue;
            }
            builder.Append(startOfSegment ? char.ToLowerInvariant(c) : upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
            startOfSegment = c is '.' or '[' or ']';
        }
        return builder.ToString();
    }

    /// <summary>"$.limits.dailyFen" → "limits.dailyFen"; the whole body ("$" or none) → "body".</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return Body;
        return ToJson(path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$'));
    }

    /// <summary>
    /// Splits a service's INVALID_ARGUMENT message that starts with the field it is about ("amount_fen must be
    /// positive") into the field's JSON name and the rest of the message; null when it names no field.
    /// </summary>
    public static (string Field, string Message)? SplitFieldMessage(string detail)
    {
        var match = LeadingField().Match(detail);
        if (!match.Success) return null;
        // The message may name other fields too ("must be at most limits.daily_fen"): the client knows them by their JSON names.
        var message = ProtoFieldInText().Replace(match.Groups["message"].Value, m => m.Value.Contains('_') ? ToJson(m.Value) : m.Value);
        return (ToJson(match.Groups["field"].Value), message);
    }

    /// <summary>"ChangePaymentPassword" → "change_payment_password": an API enum member as the services spell it.</summary>
    public static string ToSnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    public const string Body = "body";

    [GeneratedRegex(@"^(?<field>[a-z][a-z0-9]*(?:[_.][a-z0-9]+)*(?:\[[0-9]+\])?) (?<message>(?:must|is|are|has|have|cannot|should|was|does|may) .+)$", RegexOptions.Singleline)]
    private static partial Regex LeadingField();

    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+\b")]
    private static partial Regex ProtoFieldInText();
}
