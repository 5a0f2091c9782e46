namespace Platform.Dashboard.Telemetry;

/// <summary>Attributes as the dashboard shows them: ordered key/value strings.</summary>
public sealed class AttributeList(IReadOnlyList<KeyValuePair<string, string>> items) : IReadOnlyList<KeyValuePair<string, string>>
{
    public static readonly AttributeList Empty = new([]);

    public int Count => items.Count;

    public KeyValuePair<string, string> this[int index] => items[index];

    public string? this[string key] => items.FirstOrDefault(i => i.Key == key).Value;

    public bool ContainsText(string text) =>
        items.Any(i => i.Key.Contains(text, StringComparison.OrdinalIgnoreCase) || i.Value.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>A stable key for grouping by attribute set, e.g. metric series.</summary>
    public string Key => string.Join('\u001f', items.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key}={i.Value}"));

    public override string ToString() => string.Join(", ", items.Select(i => $"{i.Key}={i.Value}"));

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
