using System.Numerics;
using System.Runtime.InteropServices;
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
        Parallel.For(0, output.Height, y => FilterRow(input, output, y, padding, stride));
        return output;
    }

    private void FilterRow(FeatureMap input, FeatureMap output, int y, Padding padding, int stride)
    {
        var width = Vector<float>.Count;
        ref var taps = ref MemoryMarshal.GetReference(filters.AsSpan());
        ref var source = ref MemoryMarshal.GetArrayDataReference(input.Data);
        for (var x = 0; x < output.Width; x++)
        {
            var sum = output.Pixel(y, x);
            ref var target = ref MemoryMarshal.GetReference(sum);
            var c = 0;

            // Each vector of channels accumulates all taps in a register before it is stored.
            for (; c + width <= Channels; c += width)
            {
                var acc = Vector<float>.Zero;
                for (var ky = 0; ky < KernelHeight; ky++)
                {
                    var iy = (y * stride) + ky - padding.Top;
                    if ((uint)iy >= (uint)input.Height)
                    {
                        continue;
                    }

                    for (var kx = 0; kx < KernelWidth; kx++)
                    {
                        var ix = (x * stride) + kx - padding.Left;
                        if ((uint)ix < (uint)input.Width)
                        {
                            var pixel = (nuint)((((iy * input.Width) + ix) * Channels) + c);
                            var tap = (nuint)((((ky * KernelWidth) + kx) * Channels) + c);
                            acc += Vector.LoadUnsafe(ref source, pixel) * Vector.LoadUnsafe(ref taps, tap);
                        }
                    }
                }

                acc.StoreUnsafe(ref target, (nuint)c);
            }

            for (; c < Channels; c++)
            {
                var acc = 0f;
                for (var ky = 0; ky < KernelHeight; ky++)
                {
                    var iy = (y * stride) + ky - padding.Top;
                    for (var kx = 0; kx < KernelWidth; kx++)
                    {
                        var ix = (x * stride) + kx - padding.Left;
                        if ((uint)iy < (uint)input.Height && (uint)ix < (uint)input.Width)
                        {
                            acc += input.Pixel(iy, ix)[c] * filters[(((ky * KernelWidth) + kx) * Channels) + c];
                        }
                    }
                }

                sum[c] = acc;
            }
        }
    }
}
