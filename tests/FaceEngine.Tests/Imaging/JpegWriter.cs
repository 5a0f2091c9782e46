namespace FaceEngine.Tests.Imaging;

/// <summary>
/// A small baseline JPEG encoder for fixtures the decoder must handle (any luma sampling, restart markers, separate
/// scans, non-flat quantization, Huffman tables of several code lengths). Its output is checked by jpeg-js, not by us.
/// </summary>
public static class JpegWriter
{
    private static readonly int[] ZigZag = BuildZigZag();

    // Code lengths: (count of codes per length 1..16, symbols in order).
    private static readonly (byte[] Counts, byte[] Symbols)[] Tables =
    [
        (Counts(2, 1, 3, 5, 4, 1, 5, 1, 6, 1, 7, 1, 8, 1, 9, 1), [.. Enumerable.Range(0, 12).Select(i => (byte)i)]),
        (Counts(4, 12), [.. Enumerable.Range(0, 12).Select(i => (byte)i)]),
        (Counts(8, 162), AcSymbols()),
        (Counts(2, 2, 9, 160), AcSymbols()),
    ];

    public static byte[] Write(int width, int height, byte[] rgb, JpegWriterOptions options)
    {
        var count = options.Greyscale ? 1 : 3;
        var (hMax, vMax) = options.Greyscale ? (1, 1) : options.LumaSampling;
        var mcusWide = (width + (8 * hMax) - 1) / (8 * hMax);
        var mcusHigh = (height + (8 * vMax) - 1) / (8 * vMax);
        var planes = new float[count][];
        var strides = new int[count];
        var sampling = new (int H, int V)[count];
        for (var c = 0; c < count; c++)
        {
            sampling[c] = c == 0 ? (hMax, vMax) : (1, 1);
            strides[c] = mcusWide * sampling[c].H * 8;
            var rows = mcusHigh * sampling[c].V * 8;
            planes[c] = new float[strides[c] * rows];
            int fx = hMax / sampling[c].H, fy = vMax / sampling[c].V;
            for (var y = 0; y < rows; y++)
            {
                for (var x = 0; x < strides[c]; x++)
                {
                    var sum = 0f;
                    for (var dy = 0; dy < fy; dy++)
                    {
                        for (var dx = 0; dx < fx; dx++)
                        {
                            sum += Component(rgb, width, height, Math.Min((x * fx) + dx, width - 1), Math.Min((y * fy) + dy, height - 1), options.Greyscale ? 0 : c);
                        }
                    }

                    planes[c][(y * strides[c]) + x] = sum / (fx * fy);
                }
            }
        }

        var quant = new[] { Enumerable.Range(0, 64).Select(k => 1 + (k / 8)).ToArray(), Enumerable.Range(0, 64).Select(k => 2 + (k / 6)).ToArray() };
        var output = new List<byte> { 0xFF, 0xD8 };
        Segment(output, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        for (var t = 0; t < 2; t++)
        {
            Segment(output, 0xDB, [(byte)t, .. quant[t].Select(q => (byte)q)]);
        }

        var frame = new List<byte> { 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, (byte)count };
        for (var c = 0; c < count; c++)
        {
            frame.AddRange([(byte)(c + 1), (byte)((sampling[c].H << 4) | sampling[c].V), (byte)(c == 0 ? 0 : 1)]);
        }

        Segment(output, 0xC0, [.. frame]);
        byte[] tableIds = [0x00, 0x01, 0x10, 0x11];
        for (var t = 0; t < 4; t++)
        {
            Segment(output, 0xC4, [tableIds[t], .. Tables[t].Counts, .. Tables[t].Symbols]);
        }

        if (options.RestartInterval > 0)
        {
            Segment(output, 0xDD, [(byte)(options.RestartInterval >> 8), (byte)options.RestartInterval]);
        }

        var scans = options.SeparateScans ? Enumerable.Range(0, count).Select(c => new[] { c }).ToArray() : [Enumerable.Range(0, count).ToArray()];
        foreach (var scan in scans)
        {
            var header = new List<byte> { (byte)scan.Length };
            foreach (var c in scan)
            {
                header.AddRange([(byte)(c + 1), (byte)(c == 0 ? 0x00 : 0x11)]);
            }

            header.AddRange([0, 63, 0]);
            Segment(output, 0xDA, [.. header]);
            var bits = new BitWriter(output);
            var predictors = new int[count];
            var units = new List<Action>();
            if (scan.Length == 1)
            {
                var c = scan[0];
                var compWidth = ((width * sampling[c].H) + hMax - 1) / hMax;
                var compHeight = ((height * sampling[c].V) + vMax - 1) / vMax;
                for (var by = 0; by < (compHeight + 7) / 8; by++)
                {
                    for (var bx = 0; bx < (compWidth + 7) / 8; bx++)
                    {
                        var (x, y) = (bx, by);
                        units.Add(() => EncodeBlock(bits, planes[c], strides[c], x, y, quant[c == 0 ? 0 : 1], c == 0 ? 0 : 1, ref predictors[c]));
                    }
                }
            }
            else
            {
                for (var my = 0; my < mcusHigh; my++)
                {
                    for (var mx = 0; mx < mcusWide; mx++)
                    {
                        var (x0, y0) = (mx, my);
                        units.Add(() =>
                        {
                            foreach (var c in scan)
                            {
                                for (var v = 0; v < sampling[c].V; v++)
                                {
                                    for (var h = 0; h < sampling[c].H; h++)
                                    {
                                        EncodeBlock(bits, planes[c], strides[c], (x0 * sampling[c].H) + h, (y0 * sampling[c].V) + v, quant[c == 0 ? 0 : 1], c == 0 ? 0 : 1, ref predictors[c]);
                                    }
                                }
                            }
                        });
                    }
                }
            }

            for (var u = 0; u < units.Count; u++)
            {
                if (options.RestartInterval > 0 && u > 0 && u % options.RestartInterval == 0)
                {
                    bits.Flush();
                    output.AddRange([0xFF, (byte)(0xD0 + (((u / options.RestartInterval) - 1) & 7))]);
                    Array.Clear(predictors);
                }

                units[u]();
            }

            bits.Flush();
        }

        output.AddRange([0xFF, 0xD9]);
        return [.. output];
    }

    private static float Component(byte[] rgb, int width, int height, int x, int y, int c)
    {
        var i = ((y * width) + x) * 3;
        float r = rgb[i], g = rgb[i + 1], b = rgb[i + 2];
        return c switch
        {
            0 => (0.299f * r) + (0.587f * g) + (0.114f * b),
            1 => (-0.168736f * r) - (0.331264f * g) + (0.5f * b) + 128,
            _ => (0.5f * r) - (0.418688f * g) - (0.081312f * b) + 128,
        };
    }

    private static void EncodeBlock(BitWriter bits, float[] plane, int stride, int bx, int by, int[] quant, int table, ref int predictor)
    {
        var coefficients = new int[64];
        for (var v = 0; v < 8; v++)
        {
            for (var u = 0; u < 8; u++)
            {
                var sum = 0.0;
                for (var y = 0; y < 8; y++)
                {
                    for (var x = 0; x < 8; x++)
                    {
                        sum += (plane[(((by * 8) + y) * stride) + (bx * 8) + x] - 128)
                            * Math.Cos(((2 * x) + 1) * u * Math.PI / 16) * Math.Cos(((2 * y) + 1) * v * Math.PI / 16);
                    }
                }

                var cu = u == 0 ? 1 / Math.Sqrt(2) : 1;
                var cv = v == 0 ? 1 / Math.Sqrt(2) : 1;
                coefficients[(v * 8) + u] = (int)Math.Round(sum * cu * cv / 4);
            }
        }

        var zz = new int[64];
        for (var k = 0; k < 64; k++)
        {
            zz[k] = (int)Math.Round(coefficients[ZigZag[k]] / (double)quant[k]);
        }

        var diff = zz[0] - predictor;
        predictor = zz[0];
        var size = Magnitude(diff);
        Emit(bits, table, size);
        bits.Write(Amplitude(diff, size), size);
        var run = 0;
        for (var k = 1; k < 64; k++)
        {
            if (zz[k] == 0)
            {
                run++;
                continue;
            }

            while (run > 15)
            {
                Emit(bits, 2 + table, 0xF0);
                run -= 16;
            }

            size = Magnitude(zz[k]);
            Emit(bits, 2 + table, (run << 4) | size);
            bits.Write(Amplitude(zz[k], size), size);
            run = 0;
        }

        if (run > 0)
        {
            Emit(bits, 2 + table, 0x00);
        }
    }

    private static void Emit(BitWriter bits, int table, int symbol)
    {
        var (counts, symbols) = Tables[table];
        var code = 0;
        var k = 0;
        for (var length = 1; length <= 16; length++)
        {
            for (var i = 0; i < counts[length - 1]; i++, k++, code++)
            {
                if (symbols[k] == symbol)
                {
                    bits.Write(code, length);
                    return;
                }
            }

            code <<= 1;
        }

        throw new InvalidOperationException($"symbol {symbol:X2} is not in table {table}");
    }

    private static int Magnitude(int value) => value == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(value));

    private static int Amplitude(int value, int size) => value >= 0 ? value : value + (1 << size) - 1;

    private static byte[] Counts(params int[] lengthThenCount)
    {
        var counts = new byte[16];
        for (var i = 0; i < lengthThenCount.Length; i += 2)
        {
            counts[lengthThenCount[i] - 1] = (byte)lengthThenCount[i + 1];
        }

        return counts;
    }

    private static byte[] AcSymbols() =>
        [0x00, 0xF0, .. Enumerable.Range(0, 16).SelectMany(r => Enumerable.Range(1, 10).Select(s => (byte)((r << 4) | s)))];

    private static int[] BuildZigZag() =>
        [.. Enumerable.Range(0, 64)
            .Select(i => (X: i % 8, Y: i / 8))
            .OrderBy(p => p.X + p.Y)
            .ThenBy(p => (p.X + p.Y) % 2 == 1 ? p.Y : -p.Y)
            .Select(p => (p.Y * 8) + p.X)];

    private static void Segment(List<byte> output, byte marker, byte[] body)
    {
        output.AddRange([0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2)]);
        output.AddRange(body);
    }

    private sealed class BitWriter(List<byte> output)
    {
        private int _buffer;
        private int _count;

        public void Write(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                _buffer = (_buffer << 1) | ((value >> i) & 1);
                if (++_count == 8)
                {
                    Put();
                }
            }
        }

        public void Flush()
        {
            while (_count != 0)
            {
                Write(1, 1);
            }
        }

        private void Put()
        {
            output.Add((byte)_buffer);
            if (_buffer == 0xFF)
            {
                output.Add(0);
            }

            _buffer = 0;
            _count = 0;
        }
    }
}
