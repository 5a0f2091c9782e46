namespace Platform.Identity.FaceEngine.Imaging.Jpeg;

/// <summary>Decodes baseline and extended sequential Huffman JPEG (greyscale or YCbCr, any sampling factors, restart markers) into 8-bit RGB.</summary>
public static class JpegDecoder
{
    public static bool HasSignature(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static RgbImage Decode(ReadOnlySpan<byte> input, DecodeLimits? limits = null)
    {
        limits ??= DecodeLimits.Default;
        if (!HasSignature(input))
        {
            throw new ImageFormatException("JPEG: missing start-of-image marker");
        }

        var data = input.ToArray();
        var quantization = new ushort[]?[4];
        var dcTables = new HuffmanTable?[4];
        var acTables = new HuffmanTable?[4];
        JpegFrame? frame = null;
        var restartInterval = 0;
        var scans = 0;
        var adobeTransform = -1;
        var position = 2;
        while (true)
        {
            var marker = NextMarker(data, ref position);
            if (marker is null or 0xD9)
            {
                break;
            }

            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                continue;
            }

            if (position + 2 > data.Length)
            {
                throw new ImageFormatException($"JPEG: truncated (marker 0xFF{marker:X2} without its length)");
            }

            var length = (data[position] << 8) | data[position + 1];
            if (length < 2 || position + length > data.Length)
            {
                throw new ImageFormatException($"JPEG: truncated (segment 0xFF{marker:X2} declares {length} bytes, more than remain)");
            }

            var segment = data.AsSpan(position + 2, length - 2);
            position += length;
            switch (marker)
            {
                case 0xC0 or 0xC1:
                    if (frame is not null)
                    {
                        throw new ImageFormatException("JPEG: more than one frame header");
                    }

                    frame = JpegFrame.Parse(segment, limits);
                    break;
                case 0xC2 or 0xC6 or 0xCA or 0xCE:
                    throw new ImageFormatException("JPEG: progressive JPEG is not supported; save the image as baseline JPEG");
                case 0xC3 or 0xC5 or 0xC7 or 0xC9 or 0xCB or 0xCD or 0xCF:
                    throw new ImageFormatException($"JPEG: frame type 0xFF{marker:X2} (lossless, hierarchical or arithmetic-coded) is not supported");
                case 0xC4:
                    ReadHuffmanTables(segment, dcTables, acTables);
                    break;
                case 0xDB:
                    ReadQuantizationTables(segment, quantization);
                    break;
                case 0xDD:
                    restartInterval = segment.Length == 2 ? (segment[0] << 8) | segment[1] : throw new ImageFormatException("JPEG: restart interval segment has the wrong length");
                    break;
                case 0xEE:
                    if (segment.Length >= 12 && segment.StartsWith("Adobe"u8))
                    {
                        adobeTransform = segment[11];
                    }

                    break;
                case 0xDA:
                    if (frame is null)
                    {
                        throw new ImageFormatException("JPEG: scan before the frame header");
                    }

                    var scanComponents = ReadScanHeader(segment, frame, dcTables, acTables);
                    position = new JpegScanDecoder(frame, scanComponents, quantization, restartInterval).Decode(data, position);
                    scans++;
                    break;
            }
        }

        if (frame is null || scans == 0)
        {
            throw new ImageFormatException("JPEG: truncated (no image data)");
        }

        return JpegColorConverter.ToRgb(frame, frame.Components.Count == 3 && adobeTransform != 0);
    }

    /// <returns>The marker code after 0xFF (fill bytes skipped), or null at the end of the data.</returns>
    private static byte? NextMarker(byte[] data, ref int position)
    {
        while (position < data.Length && data[position] != 0xFF)
        {
            position++;
        }

        while (position < data.Length && data[position] == 0xFF)
        {
            position++;
        }

        return position < data.Length ? data[position++] : null;
    }

    private static void ReadQuantizationTables(ReadOnlySpan<byte> segment, ushort[]?[] tables)
    {
        while (!segment.IsEmpty)
        {
            int precision = segment[0] >> 4, id = segment[0] & 15;
            var size = precision == 0 ? 64 : 128;
            if (precision > 1 || id > 3 || segment.Length < 1 + size)
            {
                throw new ImageFormatException("JPEG: invalid quantization table");
            }

            var table = new ushort[64];
            for (var k = 0; k < 64; k++)
            {
                table[k] = precision == 0 ? segment[1 + k] : (ushort)((segment[1 + (2 * k)] << 8) | segment[2 + (2 * k)]);
            }

            tables[id] = table;
            segment = segment[(1 + size)..];
        }
    }

    private static void ReadHuffmanTables(ReadOnlySpan<byte> segment, HuffmanTable?[] dc, HuffmanTable?[] ac)
    {
        while (!segment.IsEmpty)
        {
            if (segment.Length < 17)
            {
                throw new ImageFormatException("JPEG: invalid Huffman table");
            }

            int tableClass = segment[0] >> 4, id = segment[0] & 15;
            var counts = segment.Slice(1, 16);
            var total = 0;
            foreach (var count in counts)
            {
                total += count;
            }

            if (tableClass > 1 || id > 3 || total > 256 || segment.Length < 17 + total)
            {
                throw new ImageFormatException("JPEG: invalid Huffman table");
            }

            var table = new HuffmanTable(counts, segment.Slice(17, total));
            (tableClass == 0 ? dc : ac)[id] = table;
            segment = segment[(17 + total)..];
        }
    }

    private static List<JpegComponent> ReadScanHeader(ReadOnlySpan<byte> segment, JpegFrame frame, HuffmanTable?[] dc, HuffmanTable?[] ac)
    {
        var count = segment.IsEmpty ? 0 : segment[0];
        if (count is < 1 or > 4 || segment.Length != 4 + (count * 2))
        {
            throw new ImageFormatException("JPEG: invalid scan header");
        }

        var components = new List<JpegComponent>();
        for (var i = 0; i < count; i++)
        {
            var id = segment[1 + (i * 2)];
            var tables = segment[2 + (i * 2)];
            var component = frame.Components.FirstOrDefault(c => c.Id == id)
                ?? throw new ImageFormatException($"JPEG: scan names component {id}, which the frame does not have");
            component.DcTable = ((tables >> 4) > 3 ? null : dc[tables >> 4]) ?? throw new ImageFormatException($"JPEG: scan uses DC table {tables >> 4}, which was never defined");
            component.AcTable = ((tables & 15) > 3 ? null : ac[tables & 15]) ?? throw new ImageFormatException($"JPEG: scan uses AC table {tables & 15}, which was never defined");
            components.Add(component);
        }

        var spectral = segment.Slice(1 + (count * 2), 3);
        if (spectral[0] != 0 || spectral[1] != 63 || spectral[2] != 0)
        {
            throw new ImageFormatException("JPEG: scan uses spectral selection or successive approximation (progressive), which is not supported");
        }

        if (components.Count > 1 && components.Sum(c => c.Horizontal * c.Vertical) > 10)
        {
            throw new ImageFormatException("JPEG: more than 10 blocks per MCU");
        }

        return components;
    }
}
