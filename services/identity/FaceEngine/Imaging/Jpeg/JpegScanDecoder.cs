namespace Platform.Identity.FaceEngine.Imaging.Jpeg;

/// <summary>Decodes one sequential Huffman scan (T.81 F.2), interleaved or single-component, into the components' samples.</summary>
internal sealed class JpegScanDecoder(JpegFrame frame, IReadOnlyList<JpegComponent> components, ushort[]?[] quantization, int restartInterval)
{
    private readonly float[] _coefficients = new float[64];

    /// <returns>The position just after the scan's entropy-coded data.</returns>
    public int Decode(byte[] data, int position)
    {
        foreach (var component in components)
        {
            component.DcPredictor = 0;
            if (quantization[component.QuantizationTable] is null)
            {
                throw new ImageFormatException($"JPEG: component {component.Id} uses quantization table {component.QuantizationTable}, which was never defined");
            }
        }

        var reader = new JpegBitReader(data, position);
        var single = components.Count == 1;
        var unitsWide = single ? components[0].BlocksWide : frame.McusWide;
        var unitsHigh = single ? components[0].BlocksHigh : frame.McusHigh;
        var total = unitsWide * unitsHigh;
        var restarts = 0;
        for (var unit = 0; unit < total; unit++)
        {
            if (restartInterval > 0 && unit > 0 && unit % restartInterval == 0)
            {
                reader.Restart(restarts++ & 7);
                foreach (var component in components)
                {
                    component.DcPredictor = 0;
                }
            }

            int row = unit / unitsWide, column = unit % unitsWide;
            if (single)
            {
                DecodeBlock(reader, components[0], column, row);
                continue;
            }

            foreach (var component in components)
            {
                for (var v = 0; v < component.Vertical; v++)
                {
                    for (var h = 0; h < component.Horizontal; h++)
                    {
                        DecodeBlock(reader, component, (column * component.Horizontal) + h, (row * component.Vertical) + v);
                    }
                }
            }
        }

        return reader.Position;
    }

    private void DecodeBlock(JpegBitReader reader, JpegComponent component, int blockX, int blockY)
    {
        var table = quantization[component.QuantizationTable]!;
        Array.Clear(_coefficients);
        var dcSize = component.DcTable!.Decode(reader);
        if (dcSize > 11)
        {
            throw new ImageFormatException("JPEG: corrupt scan data (DC difference too large)");
        }

        component.DcPredictor += reader.ReceiveExtend(dcSize);
        _coefficients[0] = component.DcPredictor * table[0];
        for (var k = 1; k < 64; k++)
        {
            var runSize = component.AcTable!.Decode(reader);
            int run = runSize >> 4, size = runSize & 15;
            if (size == 0)
            {
                if (run != 15)
                {
                    break;
                }

                k += 15;
                continue;
            }

            k += run;
            if (k > 63)
            {
                throw new ImageFormatException("JPEG: corrupt scan data (coefficients run past the end of a block)");
            }

            _coefficients[ZigZag.ToNatural[k]] = reader.ReceiveExtend(size) * table[k];
        }

        var offset = (blockY * 8 * component.Stride) + (blockX * 8);
        InverseDct.Transform(_coefficients, component.Samples.AsSpan(offset), component.Stride);
    }
}
