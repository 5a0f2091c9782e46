using System.Collections.Concurrent;

namespace Platform.Identity.FaceEngine.Tensors;

/// <summary>
/// Reuses the arrays of large intermediate feature maps between passes. Fresh large arrays cost more than their
/// arithmetic here: the runtime takes them from newly mapped memory, and every page faults in and is zeroed on first
/// touch. Arrays are kept by exact length, at most <see cref="KeptPerLength"/> of each (the networks use a few dozen
/// lengths, a dense block of the landmark net nine maps of one), and come back with stale values: only for layers that
/// write every value.
/// </summary>
internal static class MapPool
{
    /// <summary>Smaller arrays come cheaply from the runtime's young generation.</summary>
    private const int MinimumPooledLength = 16 * 1024;
    private const int KeptPerLength = 16;

    private static readonly ConcurrentDictionary<int, ConcurrentBag<float[]>> Free = new();

    /// <summary>A map whose values are undefined: every one must be written before it is read.</summary>
    public static FeatureMap Rent(int height, int width, int channels)
    {
        var length = checked(height * width * channels);
        if (length >= MinimumPooledLength && Free.TryGetValue(length, out var arrays) && arrays.TryTake(out var data))
        {
            return new FeatureMap(height, width, channels, data);
        }

        return new FeatureMap(height, width, channels, GC.AllocateUninitializedArray<float>(length));
    }

    /// <summary>Hands a map's array back; the map must not be used afterwards by anyone.</summary>
    public static void Return(FeatureMap map)
    {
        if (map.Data.Length < MinimumPooledLength)
        {
            return;
        }

        var arrays = Free.GetOrAdd(map.Data.Length, _ => []);
        if (arrays.Count < KeptPerLength)
        {
            arrays.Add(map.Data);
        }
    }
}
