using System.Collections;

namespace Grpc.Core;

/// <summary>
/// Call headers or trailers: an ordered list of key/value entries. Keys are lower-case;
/// keys ending in <c>-bin</c> carry binary values (base64 on the wire), others printable ASCII.
/// </summary>
public sealed partial class Metadata : IList<Metadata.Entry>
{
    public const string BinaryHeaderSuffix = "-bin";

    /// <summary>An empty, read-only instance.</summary>
    public static readonly Metadata Empty = new Metadata().Freeze();

    private readonly List<Entry> _entries = [];
    private bool _readOnly;

    public int Count => _entries.Count;

    public bool IsReadOnly => _readOnly;

    public Entry this[int index]
    {
        get => _entries[index];
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            CheckWriteable();
            _entries[index] = value;
        }
    }

    /// <summary>The last entry with the key, or null.</summary>
    public Entry? Get(string key)
    {
        var normalized = Entry.NormalizeKey(key);
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            if (_entries[i].Key == normalized)
            {
                return _entries[i];
            }
        }

        return null;
    }

    /// <summary>The last ASCII value with the key, or null.</summary>
    public string? GetValue(string key) => Get(key)?.Value;

    /// <summary>The last binary value with the key, or null.</summary>
    public byte[]? GetValueBytes(string key) => Get(key)?.ValueBytes;

    public IEnumerable<Entry> GetAll(string key)
    {
        var normalized = Entry.NormalizeKey(key);
        return _entries.Where(entry => entry.Key == normalized);
    }

    public void Add(Entry item)
    {
        ArgumentNullException.ThrowIfNull(item);
        CheckWriteable();
        _entries.Add(item);
    }

    public void Add(string key, string value) => Add(new Entry(key, value));

    public void Add(string key, byte[] valueBytes) => Add(new Entry(key, valueBytes));

    public void Insert(int index, Entry item)
    {
        ArgumentNullException.ThrowIfNull(item);
        CheckWriteable();
        _entries.Insert(index, item);
    }

    public int IndexOf(Entry item) => _entries.IndexOf(item);

    public void RemoveAt(int index)
    {
        CheckWriteable();
        _entries.RemoveAt(index);
    }

    public bool Remove(Entry item)
    {
        CheckWriteable();
        return _entries.Remove(item);
    }

    public void Clear()
    {
        CheckWriteable();
        _entries.Clear();
    }

    public bool Contains(Entry item) => _entries.Contains(item);

    public void CopyTo(Entry[] array, int arrayIndex) => _entries.CopyTo(array, arrayIndex);

    public List<Entry>.Enumerator GetEnumerator() => _entries.GetEnumerator();

    IEnumerator<Entry> IEnumerable<Entry>.GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    /// <summary>Makes this instance read-only.</summary>
    public Metadata Freeze()
    {
        _readOnly = true;
        return this;
    }

    private void CheckWriteable()
    {
        if (_readOnly)
        {
            throw new InvalidOperationException("Metadata is read-only.");
        }
    }
}
