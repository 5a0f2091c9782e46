namespace Platform.Identity.FaceEngine.Imaging.Jpeg;

/// <summary>A DHT table in the decoding form of T.81 F.2.2.3: per code length, the smallest and largest code and where its values start.</summary>
internal sealed class HuffmanTable
{
    private readonly int[] _minCode = new int[17];
    private readonly int[] _maxCode = new int[18];
    private readonly int[] _valuePointer = new int[17];
    private readonly byte[] _values;

    public HuffmanTable(ReadOnlySpan<byte> countsPerLength, ReadOnlySpan<byte> values)
    {
        _values = values.ToArray();
        var code = 0;
        var k = 0;
        for (var length = 1; length <= 16; length++)
        {
            var count = countsPerLength[length - 1];
            _valuePointer[length] = k;
            _minCode[length] = code;
            code += count;
            k += count;
            _maxCode[length] = count > 0 ? code - 1 : -1;
            if (code > 1 << length)
            {
                throw new ImageFormatException("JPEG: a Huffman table declares more codes than its lengths allow");
            }

            code <<= 1;
        }

        _maxCode[17] = int.MaxValue;
    }

    public byte Decode(JpegBitReader reader)
    {
        var code = reader.ReadBit();
        var length = 1;
        while (code > _maxCode[length])
        {
            code = (code << 1) | reader.ReadBit();
            length++;
            if (length > 16)
            {
                throw new ImageFormatException("JPEG: corrupt scan data (no Huffman code matches)");
            }
        }

        return _values[_valuePointer[length] + code - _minCode[length]];
    }
}
