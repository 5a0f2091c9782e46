using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Platform.Identity.FaceEngine.Layers.Kernels;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Depthwise 2-D convolution, channel multiplier 1, no bias: filters [kh, kw, channels, 1].</summary>
public sealed class DepthwiseConvolution
{
    private readonly float[] filters;

    public DepthwiseConvolution(WeightTensor filters)
    {
        if (filters.Shape.Count != 4 || filters.Shape[3] != 1)
        {
            throw new WeightsFormatException($"{filters} is not a depthwise filter with multiplier 1");
        }

        KernelHeight = filters.Shape[0];
        KernelWidth = filters.Shape[1];
        Channels = filters.Shape[2];
        this.filters = filters.Data;
    }

    public int KernelHeight { get; }

    public int KernelWidth { get; }

    public int Channels { get; }

    /// <summary>Filters each channel on its own.</summary>
    public FeatureMap Apply(FeatureMap input, Padding padding, int stride = 1)
    {
        if (input.Channels != Channels)
        {
            throw new ArgumentException($"depthwise convolution takes {Channels} channels, input has {input.Channels}", nameof(input));
        }

        var output = MapPool.Rent(padding.OutputHeight(input.Height, KernelHeight, stride), padding.OutputWidth(input.Width, KernelWidth, stride), Channels);
        using var padded = new PaddedInput(input, padding);
        var source = padded.Data;
        var sourceWidth = padded.Width;
        WorkSplit.For(output.Height, (long)output.Data.Length * KernelHeight * KernelWidth, y => FilterRow(source, sourceWidth, output, y, stride));
        return output;
    }

    /// <summary>
    /// One output row: for each vector of channels, every tap's weights are loaded once for the whole row and each
    /// output sums its taps in a register; leftover channels one at a time.
    /// </summary>
    /// <summary>
    /// One output row of a 3×3 filter for the vector of channels from <paramref name="channel"/>: the nine taps' weights
    /// held in registers for the whole row, the taps summed in the same order as the general loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private void VectorRow3x3(ref float input, ref float taps, ref float target, int sourceWidth, int outputWidth, int y, int stride, int channel)
    {
        var channels = (nuint)Channels;
        var (w0, w1, w2) = (Vector.LoadUnsafe(ref taps, 0), Vector.LoadUnsafe(ref taps, channels), Vector.LoadUnsafe(ref taps, 2 * channels));
        var (w3, w4, w5) = (Vector.LoadUnsafe(ref taps, 3 * channels), Vector.LoadUnsafe(ref taps, 4 * channels), Vector.LoadUnsafe(ref taps, 5 * channels));
        var (w6, w7, w8) = (Vector.LoadUnsafe(ref taps, 6 * channels), Vector.LoadUnsafe(ref taps, 7 * channels), Vector.LoadUnsafe(ref taps, 8 * channels));
        var row = (nuint)sourceWidth * channels;
        var step = (nuint)stride * channels;
        var pixel = ((nuint)(y * stride) * row) + (nuint)channel;
        var output = ((nuint)(y * outputWidth) * channels) + (nuint)channel;
        for (var x = 0; x < outputWidth; x++, pixel += step, output += channels)
        {
            var sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel), w0, Vector<float>.Zero);
            sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel + channels), w1, sum);
            sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel + (2 * channels)), w2, sum);
            sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel + row), w3, sum);
            sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel + row + channels), w4, sum);
            sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel + row + (2 * channels)), w5, sum);
            sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel + (2 * row)), w6, sum);
            sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel + (2 * row) + channels), w7, sum);
            sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel + (2 * row) + (2 * channels)), w8, sum);
            sum.StoreUnsafe(ref target, output);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FilterRow(float[] source, int sourceWidth, FeatureMap output, int y, int stride)
    {
        var width = Vector<float>.Count;
        var taps = KernelHeight * KernelWidth;
        ref var input = ref MemoryMarshal.GetArrayDataReference(source);
        ref var target = ref MemoryMarshal.GetArrayDataReference(output.Data);
        Span<Vector<float>> weights = stackalloc Vector<float>[taps];
        var c = 0;
        if (KernelHeight == 3 && KernelWidth == 3)
        {
            for (; c + width <= Channels; c += width)
            {
                VectorRow3x3(ref input, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(filters), c), ref target, sourceWidth, output.Width, y, stride, c);
            }
        }

        for (; c + width <= Channels; c += width)
        {
            for (var tap = 0; tap < taps; tap++)
            {
                weights[tap] = Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(filters), (nuint)((tap * Channels) + c));
            }

            for (var x = 0; x < output.Width; x++)
            {
                var sum = Vector<float>.Zero;
                for (var ky = 0; ky < KernelHeight; ky++)
                {
                    var pixel = (nuint)((((((y * stride) + ky) * sourceWidth) + (x * stride)) * Channels) + c);
                    for (var kx = 0; kx < KernelWidth; kx++, pixel += (nuint)Channels)
                    {
                        sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref input, pixel), weights[(ky * KernelWidth) + kx], sum);
                    }
                }

                sum.StoreUnsafe(ref target, (nuint)((((y * output.Width) + x) * Channels) + c));
            }
        }

        for (; c < Channels; c++)
        {
            for (var x = 0; x < output.Width; x++)
            {
                var sum = 0f;
                for (var ky = 0; ky < KernelHeight; ky++)
                {
                    for (var kx = 0; kx < KernelWidth; kx++)
                    {
                        sum += source[(((((y * stride) + ky) * sourceWidth) + (x * stride) + kx) * Channels) + c] * filters[(((ky * KernelWidth) + kx) * Channels) + c];
                    }
                }

                output.Data[(((y * output.Width) + x) * Channels) + c] = sum;
            }
        }
    }
}
