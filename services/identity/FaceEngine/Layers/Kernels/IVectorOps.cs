namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>
/// The few vector operations the convolution kernels need, for one vector width: implemented by structs so the JIT
/// compiles each kernel once per width with every call inlined.
/// </summary>
internal interface IVectorOps<TVector>
    where TVector : struct
{
    static abstract int Lanes { get; }

    static abstract TVector Load(ref float source, nuint offset);

    static abstract void Store(TVector value, ref float target, nuint offset);

    static abstract TVector Broadcast(float value);

    /// <summary>a × b + c, fused where the CPU has FMA.</summary>
    static abstract TVector MultiplyAdd(TVector a, TVector b, TVector c);

    static abstract TVector Multiply(TVector a, TVector b);

    static abstract TVector Add(TVector a, TVector b);

    /// <summary>The larger of each pair; NaN and signed zeros as the CPU gives them.</summary>
    static abstract TVector Max(TVector a, TVector b);
}
