using System.Runtime.Intrinsics;

namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>The widest vector the CPU runs natively (512, 256 or 128 bits), chosen once; filters are packed for it.</summary>
internal static class VectorWidth
{
    public static readonly int Bits = Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : 128;

    public static int Lanes => Bits / 32;
}
