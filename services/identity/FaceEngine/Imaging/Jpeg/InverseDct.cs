namespace Platform.Identity.FaceEngine.Imaging.Jpeg;

/// <summary>The 8×8 inverse DCT of T.81 A.3.3, computed separably in floating point, with level shift and clamping to bytes.</summary>
internal static class InverseDct
{
    // Basis[x * 8 + u] = C(u) / 2 · cos((2x + 1)uπ / 16), so the two passes together carry the 1/4 of the definition.
    private static readonly float[] Basis = BuildBasis();

    public static void Transform(ReadOnlySpan<float> coefficients, Span<byte> output, int outputStride)
    {
        Span<float> rows = stackalloc float[64];
        for (var v = 0; v < 8; v++)
        {
            for (var x = 0; x < 8; x++)
            {
                var sum = 0f;
                for (var u = 0; u < 8; u++)
                {
                    sum += Basis[(x * 8) + u] * coefficients[(v * 8) + u];
                }

                rows[(v * 8) + x] = sum;
            }
        }

        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                var sum = 0f;
                for (var v = 0; v < 8; v++)
                {
                    sum += Basis[(y * 8) + v] * rows[(v * 8) + x];
                }

                output[(y * outputStride) + x] = (byte)Math.Clamp((int)MathF.Round(sum + 128f), 0, 255);
            }
        }
    }

    private static float[] BuildBasis()
    {
        var basis = new float[64];
        for (var x = 0; x < 8; x++)
        {
            for (var u = 0; u < 8; u++)
            {
                var c = u == 0 ? 1 / Math.Sqrt(2) : 1;
                basis[(x * 8) + u] = (float)(c / 2 * Math.Cos(((2 * x) + 1) * u * Math.PI / 16));
            }
        }

        return basis;
    }
}
