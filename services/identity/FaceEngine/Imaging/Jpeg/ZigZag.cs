namespace Platform.Identity.FaceEngine.Imaging.Jpeg;

/// <summary>Maps a coefficient's position in the zig-zag sequence (T.81 figure A.6) to its row-major index in the 8×8 block.</summary>
internal static class ZigZag
{
    public static readonly byte[] ToNatural = Build();

    private static byte[] Build()
    {
        var order = new byte[64];
        int x = 0, y = 0;
        for (var k = 0; k < 64; k++)
        {
            order[k] = (byte)((y * 8) + x);
            var up = ((x + y) & 1) == 0;
            if (up)
            {
                if (x == 7) { y++; }
                else if (y == 0) { x++; }
                else { x++; y--; }
            }
            else
            {
                if (y == 7) { x++; }
                else if (x == 0) { y++; }
                else { x--; y++; }
            }
        }

        return order;
    }
}
