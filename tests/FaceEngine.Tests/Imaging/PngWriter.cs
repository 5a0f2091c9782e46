using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace FaceEngine.Tests.Imaging;

/// <summary>Builds PNG files from raw samples in the test, so every pixel the decoder must produce is known.</summary>
public static class PngWriter
{
    /// <param name="samples">Per pixel, per channel, row-major; values within the bit depth.</param>
    /// <param name="filterForRow">The filter type (0–4) applied to each row.</param>
    public static byte[] Write(int width, int height, int colorType, int bitDepth, int[] samples,
        byte[]? palette = null, Func<int, int>? filterForRow = null, bool interlaced = false, int idatChunks = 1)
    {
        var channels = colorType switch { 0 or 3 => 1, 4 => 2, 2 => 3, _ => 4 };
        var rowBytes = ((width * channels * bitDepth) + 7) / 8;
        var bpp = Math.Max(1, channels * bitDepth / 8);
        var raw = new byte[height * rowBytes];
        for (var y = 0; y < height; y++)
        {
            for (var i = 0; i < width * channels; i++)
            {
                Put(raw.AsSpan(y * rowBytes, rowBytes), i, bitDepth, samples[(y * width * channels) + i]);
            }
        }

        var filtered = new byte[height * (rowBytes + 1)];
        for (var y = 0; y < height; y++)
        {
            var filter = filterForRow?.Invoke(y) ?? y % 5;
            filtered[y * (rowBytes + 1)] = (byte)filter;
            for (var i = 0; i < rowBytes; i++)
            {
                int At(int yy, int ii) => yy < 0 || ii < 0 ? 0 : raw[(yy * rowBytes) + ii];
                int a = At(y, i - bpp), b = At(y - 1, i), c = At(y - 1, i - bpp);
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    _ => PaethReference(a, b, c),
                };
                filtered[(y * (rowBytes + 1)) + 1 + i] = (byte)(raw[(y * rowBytes) + i] - predictor);
            }
        }

        using var zipped = new MemoryStream();
        using (var z = new ZLibStream(zipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(filtered);
        }

        var idat = zipped.ToArray();
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = (byte)bitDepth;
        ihdr[9] = (byte)colorType;
        ihdr[12] = (byte)(interlaced ? 1 : 0);
        Chunk(file, "IHDR", ihdr);
        Chunk(file, "tEXt", Encoding.ASCII.GetBytes("Comment\0ancillary chunks are skipped"));
        if (palette is not null)
        {
            Chunk(file, "PLTE", palette);
        }

        var part = (idat.Length + idatChunks - 1) / idatChunks;
        for (var offset = 0; offset < idat.Length; offset += part)
        {
            Chunk(file, "IDAT", idat.AsSpan(offset, Math.Min(part, idat.Length - offset)));
        }

        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    public static void Chunk(Stream file, string type, ReadOnlySpan<byte> body)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, body.Length);
        file.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        file.Write(typeBytes);
        file.Write(body);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, BitwiseCrc([.. typeBytes, .. body]));
        file.Write(crc);
    }

    private static void Put(Span<byte> row, int index, int bitDepth, int value)
    {
        if (bitDepth == 16)
        {
            row[index * 2] = (byte)(value >> 8);
            row[(index * 2) + 1] = (byte)value;
        }
        else
        {
            var bit = index * bitDepth;
            row[bit / 8] |= (byte)(value << (8 - bitDepth - (bit % 8)));
        }
    }

    private static int PaethReference(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static uint BitwiseCrc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var d in data)
        {
            crc ^= d;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
            }
        }

        return ~crc;
    }
}
