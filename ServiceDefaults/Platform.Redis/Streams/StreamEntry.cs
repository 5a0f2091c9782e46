using System.Text;

namespace Platform.Redis;

/// <summary>A stream entry as read back: its id and its fields in the order they were added.</summary>
public sealed class StreamEntry
{
    /// <summary>Creates an entry.</summary>
    public StreamEntry(string id, IReadOnlyList<KeyValuePair<string, byte[]>> fields)
    {
        Id = id;
        Fields = fields;
    }

    /// <summary>The entry id, "milliseconds-sequence".</summary>
    public string Id { get; }

    /// <summary>The fields and their raw values, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> Fields { get; }

    /// <summary>The first field with this name, or null.</summary>
    public byte[]? this[string name]
    {
        get
        {
            foreach (var (field, value) in Fields)
            {
                if (field == name)
                {
                    return value;
                }
            }
            return null;
        }
    }

    /// <summary>The first field with this name decoded as UTF-8, or null.</summary>
    public string? GetString(string name) => this[name] is { } value ? Encoding.UTF8.GetString(value) : null;

    internal static StreamEntry FromReply(RedisReply reply)
    {
        var id = reply[0].AsString()!;
        var fieldsReply = reply[1];
        if (fieldsReply.IsNull)
        {
            // A pending entry whose message was deleted from the stream.
            return new StreamEntry(id, []);
        }
        var fields = new List<KeyValuePair<string, byte[]>>(fieldsReply.Count / 2);
        foreach (var (name, value) in fieldsReply.AsPairs())
        {
            fields.Add(new(name.AsString()!, value.AsBytes() ?? []));
        }
        return new StreamEntry(id, fields);
    }

    internal static StreamEntry[] ListFromReply(RedisReply reply)
    {
        var elements = reply.ThrowIfError().Elements;
        var entries = new StreamEntry[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            entries[i] = FromReply(elements[i]);
        }
        return entries;
    }
}
