using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Platform.Identity.FaceEngine.Imaging.Png;

/// <summary>Decodes non-interlaced PNG (every colour type and bit depth) into 8-bit RGB.</summary>
public static class PngDecoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public static RgbImage Decode(ReadOnlySpan<byte> data, DecodeLimits? limits = null)
    {
        limits ??= DecodeLimits.Default;
        if (!HasSignature(data))
        {
            throw new ImageFormatException("PNG: missing PNG signature");
        }

        PngHeader? header = null;
        byte[] palette = [];
        using var compressed = new MemoryStream();
        var position = Signature.Length;
        var ended = false;
        while (!ended)
        {
            if (data.Length - position < 12)
            {
                throw new ImageFormatException("PNG: truncated (data ends before the IEND chunk)");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
            if (length > int.MaxValue || length > data.Length - position - 12)
            {
                throw new ImageFormatException($"PNG: truncated (a chunk declares {length} bytes, more than remain)");
            }

            var type = data.Slice(position + 4, 4);
            var body = data.Slice(position + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(data[(position + 8 + (int)length)..]);
            var name = Encoding.ASCII.GetString(type);
            if (Crc32.Compute(type, body) != crc)
            {
                throw new ImageFormatException($"PNG: chunk {name} at byte {position} is corrupt (CRC mismatch)");
            }

            position += 12 + (int)length;
            if (header is null && name != "IHDR")
            {
                throw new ImageFormatException($"PNG: first chunk is {name}, expected IHDR");
            }

            switch (name)
            {
                case "IHDR":
                    if (header is not null)
                    {
                        throw new ImageFormatException("PNG: more than one IHDR chunk");
                    }

                    header = PngHeader.Parse(body, limits);
                    break;
                case "PLTE":
                    if (length % 3 != 0 || length == 0 || length > 768)
                    {
                        throw new ImageFormatException($"PNG: palette of {length} bytes is invalid");
                    }

                    palette = body.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(body);
                    break;
                case "IEND":
                    ended = true;
                    break;
                default:
                    if ((type[0] & 0x20) == 0)
                    {
                        throw new ImageFormatException($"PNG: unknown critical chunk {name}");
                    }

                    break;
            }
        }

        if (header!.ColorType == PngColorType.Palette && palette.Length == 0)
        {
            throw new ImageFormatException("PNG: palette image without a PLTE chunk");
        }

        if (compressed.Length == 0)
        {
            throw new ImageFormatException("PNG: no image data (IDAT)");
        }

        compressed.Position = 0;
        return Reconstruct(header, palette, compressed);
    }

    private static RgbImage Reconstruct(PngHeader header, byte[] palette, Stream compressed)
    {
        var rowBytes = (int)header.RowBytes;
        var previous = new byte[rowBytes];
        var current = new byte[rowBytes + 1];
        var pixels = new byte[(long)header.Width * header.Height * 3];
        var rgbRow = header.Width * 3;
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        for (var y = 0; y < header.Height; y++)
        {
            try
            {
                zlib.ReadExactly(current);
            }
            catch (EndOfStreamException e)
            {
                throw new ImageFormatException($"PNG: truncated image data (ends in row {y} of {header.Height})", e);
            }
            catch (InvalidDataException e)
            {
                throw new ImageFormatException($"PNG: corrupt compressed data (row {y}): {e.Message}", e);
            }

            var row = current.AsSpan(1);
            PngFilters.Unfilter(current[0], row, previous, header.FilterStride, y);
            PngRowConverter.Convert(header, palette, row, pixels.AsSpan(y * rgbRow, rgbRow), y);
            row.CopyTo(previous);
        }

        return new RgbImage(header.Width, header.Height, pixels);
    }
}
