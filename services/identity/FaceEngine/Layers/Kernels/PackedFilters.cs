namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>
/// Convolution filters [kh, kw, in, out] regrouped for <see cref="ConvolutionKernel"/>: the output channels in blocks of
/// one vector (when they fit in one) or two, each block's weights contiguous tap after tap ([block][kh][kw][in][block
/// width]) so the kernel streams them in order; the last block and the bias padded with zeros.
/// </summary>
internal sealed class PackedFilters
{
    public PackedFilters(float[] filters, float[] bias, int kernelHeight, int kernelWidth, int inputChannels, int outputChannels)
    {
        if (filters.Length != kernelHeight * kernelWidth * inputChannels * outputChannels || bias.Length != outputChannels)
        {
            throw new ArgumentException($"filters [{kernelHeight},{kernelWidth},{inputChannels},{outputChannels}] need {kernelHeight * kernelWidth * inputChannels * outputChannels} weights and {outputChannels} biases, got {filters.Length} and {bias.Length}", nameof(filters));
        }

        KernelHeight = kernelHeight;
        KernelWidth = kernelWidth;
        InputChannels = inputChannels;
        OutputChannels = outputChannels;
        VectorsPerBlock = outputChannels <= VectorWidth.Lanes ? 1 : 2;
        BlockWidth = VectorsPerBlock * VectorWidth.Lanes;
        Blocks = (outputChannels + BlockWidth - 1) / BlockWidth;
        TapsPerBlock = kernelHeight * kernelWidth * inputChannels;
        Weights = new float[Blocks * TapsPerBlock * BlockWidth];
        for (var tap = 0; tap < TapsPerBlock; tap++)
        {
            for (var o = 0; o < outputChannels; o++)
            {
                var (block, within) = Math.DivRem(o, BlockWidth);
                Weights[(((block * TapsPerBlock) + tap) * BlockWidth) + within] = filters[(tap * outputChannels) + o];
            }
        }

        Bias = Pad(bias);
    }

    public int KernelHeight { get; }

    public int KernelWidth { get; }

    public int InputChannels { get; }

    public int OutputChannels { get; }

    /// <summary>1 or 2 vectors of output channels per block.</summary>
    public int VectorsPerBlock { get; }

    public int BlockWidth { get; }

    public int Blocks { get; }

    /// <summary>kh × kw × in: the weights of one output channel.</summary>
    public int TapsPerBlock { get; }

    public float[] Weights { get; }

    public float[] Bias { get; }

    /// <summary>A per-channel vector padded with zeros to whole blocks, as the kernel reads it.</summary>
    public float[] Pad(float[] perChannel)
    {
        if (perChannel.Length != OutputChannels)
        {
            throw new ArgumentException($"{OutputChannels} channels, got {perChannel.Length} values", nameof(perChannel));
        }

        var padded = new float[Blocks * BlockWidth];
        perChannel.CopyTo(padded, 0);
        return padded;
    }
}
