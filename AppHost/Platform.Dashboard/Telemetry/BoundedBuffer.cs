namespace Platform.Dashboard.Telemetry;

/// <summary>A fixed-capacity ring: adding to a full buffer drops the oldest item. Not thread-safe; owners lock.</summary>
internal sealed class BoundedBuffer<T>(int capacity)
{
    private readonly T[] _items = new T[Math.Max(1, capacity)];
    private int _start;

    public int Count { get; private set; }

    public int Capacity => _items.Length;

    /// <summary>Returns the item that was dropped to make room, if any.</summary>
    public bool Add(T item, out T? dropped)
    {
        if (Count < _items.Length)
        {
            _items[(_start + Count) % _items.Length] = item;
            Count++;
            dropped = default;
            return false;
        }
        dropped = _items[_start];
        _items[_start] = item;
        _start = (_start + 1) % _items.Length;
        return true;
    }

    public void Add(T item) => Add(item, out _);

    public T Last => Count == 0 ? throw new InvalidOperationException("The buffer is empty.") : _items[(_start + Count - 1) % _items.Length];

    /// <summary>Newest first.</summary>
    public IEnumerable<T> Newest()
    {
        for (var i = Count - 1; i >= 0; i--)
        {
            yield return _items[(_start + i) % _items.Length];
        }
    }

    /// <summary>Oldest first.</summary>
    public List<T> ToList()
    {
        var list = new List<T>(Count);
        for (var i = 0; i < Count; i++)
        {
            list.Add(_items[(_start + i) % _items.Length]);
        }
        return list;
    }
}
