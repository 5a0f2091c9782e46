using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Notification.Domain.Templates;

/// <summary>
/// The message templates (Domain/Templates/templates.json, embedded): per template key and locale, an inbox title
/// and body and an SMS text with <c>{placeholders}</c>. Loading checks that every template exists in every locale.
/// </summary>
public sealed partial class TemplateCatalog
{
    private readonly Dictionary<string, Dictionary<string, MessageTemplate>> _messages;
    private readonly Dictionary<string, Dictionary<string, string>> _purposes;
    private readonly Dictionary<string, Dictionary<string, string>> _factors;

    private TemplateCatalog(TemplateFile file)
    {
        _messages = file.Messages;
        _purposes = file.Purposes;
        _factors = file.Factors;
        foreach (var (key, locales) in _messages)
        {
            foreach (var locale in Locales.All)
            {
                if (!locales.TryGetValue(locale, out var template))
                    throw new InvalidOperationException($"Template '{key}' has no '{locale}' text.");
                if (template.Sms is null && (template.Title is null || template.Body is null))
                    throw new InvalidOperationException($"Template '{key}' ({locale}) needs an SMS text or an inbox title and body.");
            }
        }
        foreach (var locale in Locales.All)
        {
            if (!_purposes.ContainsKey(locale) || !_factors.ContainsKey(locale))
                throw new InvalidOperationException($"The purpose and factor names have no '{locale}' text.");
        }
    }

    public IReadOnlyCollection<string> Keys => _messages.Keys;

    public static TemplateCatalog LoadEmbedded()
    {
        const string resource = "Platform.Notification.Templates.templates.json";
        using var stream = typeof(TemplateCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The templates ({resource}) are not embedded in the assembly.");
        var file = JsonSerializer.Deserialize<TemplateFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The templates file is empty.");
        return new TemplateCatalog(file);
    }

    public bool Contains(string key) => _messages.ContainsKey(key);

    /// <summary>Fills the template <paramref name="key"/> in <paramref name="locale"/>; every placeholder must have a value.</summary>
    public RenderedMessage Render(string key, string locale, IReadOnlyDictionary<string, string> values)
    {
        var template = _messages[key][locale];
        return new RenderedMessage(key, locale, Fill(template.Title, values, key), Fill(template.Body, values, key), Fill(template.Sms, values, key));
    }

    /// <summary>What an operation purpose (such as "withdrawal") is called in <paramref name="locale"/>.</summary>
    public string PurposeName(string locale, string purpose) => Name(_purposes[locale], purpose);

    /// <summary>What a factor (such as "payment_password") is called in <paramref name="locale"/>.</summary>
    public string FactorName(string locale, string factor) => Name(_factors[locale], factor);

    private static string Name(Dictionary<string, string> names, string code) =>
        names.TryGetValue(code, out var name) ? name : names[""];

    private static string? Fill(string? text, IReadOnlyDictionary<string, string> values, string key) =>
        text is null ? null : Placeholder().Replace(text, match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new InvalidOperationException($"Template '{key}' uses {{{match.Groups[1].Value}}}, which has no value."));

    [GeneratedRegex(@"\{([a-z0-9_]+)\}")]
    private static partial Regex Placeholder();

    private sealed record TemplateFile(
        Dictionary<string, Dictionary<string, MessageTemplate>> Messages,
        Dictionary<string, Dictionary<string, string>> Purposes,
        Dictionary<string, Dictionary<string, string>> Factors);
}
