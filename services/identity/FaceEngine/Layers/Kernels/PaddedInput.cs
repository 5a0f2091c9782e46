using System.Buffers;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>
/// A layer's input with its zero padding made real: a copy with zero rows and columns around it (in an array from the
/// shared pool, to give back with <see cref="Dispose"/>), or the input itself when the layer does not pad. Kernels then
/// read every tap without checking where it falls.
/// </summary>
internal readonly struct PaddedInput : IDisposable
{
    private readonly float[]? rented;

    public PaddedInput(FeatureMap input, Padding padding)
    {
        Width = input.Width + padding.Left + padding.Right;
        Height = input.Height + padding.Top + padding.Bottom;
        if (padding == Padding.None)
        {
            Data = input.Data;
            return;
        }

        // The pooled array holds stale values: the border rows and columns are zeroed, the rest copied over.
        var channels = input.Channels;
        var rowLength = Width * channels;
        rented = ArrayPool<float>.Shared.Rent(Height * rowLength);
        Data = rented;
        rented.AsSpan(0, padding.Top * rowLength).Clear();
        rented.AsSpan((padding.Top + input.Height) * rowLength, padding.Bottom * rowLength).Clear();
        for (var y = 0; y < input.Height; y++)
        {
            var row = rented.AsSpan((y + padding.Top) * rowLength, rowLength);
            row[..(padding.Left * channels)].Clear();
            input.Row(y).CopyTo(row[(padding.Left * channels)..]);
            row[((padding.Left + input.Width) * channels)..].Clear();
        }
    }

    /// <summary>Height × width × channels values (the array may be longer).</summary>
    public float[] Data { get; }

    public int Width { get; }

    public int Height { get; }

    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }
}
