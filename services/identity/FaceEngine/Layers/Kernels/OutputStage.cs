namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>
/// What a convolution does to each output (its bias already added) before storing it: optionally × Scale then + Shift
/// per channel (the recognition net's scale layer), then an activation. Scale and Shift are padded like the packed bias.
/// </summary>
internal readonly record struct OutputStage(float[]? Scale, float[]? Shift, Activation Activation, float Slope)
{
    public static OutputStage Plain => new(null, null, Activation.None, 0);

    public static OutputStage Relu => new(null, null, Activation.Relu, 0);

    public static OutputStage LeakyRelu(float slope) => new(null, null, Activation.LeakyRelu, slope);
}
