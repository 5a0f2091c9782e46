namespace Platform.Identity.FaceEngine.Imaging.Png;

/// <summary>Reverses the five per-row filters of PNG filter method 0, in place.</summary>
internal static class PngFilters
{
    public static void Unfilter(byte filter, Span<byte> row, ReadOnlySpan<byte> previous, int stride, int rowIndex)
    {
        switch (filter)
        {
            case 0:
                return;
            case 1:
                for (var i = stride; i < row.Length; i++)
                {
                    row[i] += row[i - stride];
                }

                return;
            case 2:
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] += previous[i];
                }

                return;
            case 3:
                for (var i = 0; i < row.Length; i++)
                {
                    var left = i >= stride ? row[i - stride] : 0;
                    row[i] += (byte)((left + previous[i]) >> 1);
                }

                return;
            case 4:
                for (var i = 0; i < row.Length; i++)
                {
                    var left = i >= stride ? row[i - stride] : 0;
                    var upLeft = i >= stride ? previous[i - stride] : 0;
                    row[i] += Paeth(left, previous[i], upLeft);
                }

                return;
            default:
                throw new ImageFormatException($"PNG: row {rowIndex} has unknown filter type {filter}");
        }
    }

    private static byte Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc)
        {
            return (byte)a;
        }

        return (byte)(pb <= pc ? b : c);
    }
}
