namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>What a convolution applies to each output before storing it.</summary>
internal enum Activation
{
    None,
    Relu,
    LeakyRelu,
}
