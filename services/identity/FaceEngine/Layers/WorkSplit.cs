namespace Platform.Identity.FaceEngine.Layers;

/// <summary>
/// Splits a layer's rows over cores only when it is big enough: a split costs waking a thread-pool worker and waiting
/// for it (spinning first), and on a machine shared with other processes the layer waits for its slowest part. Smaller
/// layers run on the calling thread; an image's faces are described side by side instead (<c>FacePipeline</c>).
/// </summary>
internal static class WorkSplit
{
    /// <summary>About half a millisecond of work on one core or more: the detector's big layers, the recognition net's first one.</summary>
    public const long MinimumParallelOperations = 1 << 24;

    /// <summary>Runs <paramref name="body"/> for 0 … count - 1, in parallel when <paramref name="operations"/> (multiply-adds or values touched) reach the minimum.</summary>
    public static void For(int count, long operations, Action<int> body)
    {
        if (operations < MinimumParallelOperations)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, body);
    }
}
