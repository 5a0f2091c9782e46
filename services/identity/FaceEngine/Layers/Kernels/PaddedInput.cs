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

        var rowLength = Width * input.Channels;
        rented = ArrayPool<float>.Shared.Rent(Height * rowLength);
        Data = rented;
        rented.AsSpan(0, Height * rowLength).Clear();
        for (var y = 0; y < input.Height; y++)
        {
            input.Row(y).CopyTo(rented.AsSpan(((y + padding.Top) * rowLength) + (padding.Left * input.Channels)));
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
