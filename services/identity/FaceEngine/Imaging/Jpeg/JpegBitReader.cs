namespace Platform.Identity.FaceEngine.Imaging.Jpeg;

/// <summary>Reads entropy-coded bits most significant first, removing the 0x00 stuffed after each 0xFF; a marker or the end of data inside a scan is an error.</summary>
internal sealed class JpegBitReader(byte[] data, int position)
{
    private int _position = position;
    private int _current;
    private int _bitsLeft;

    public int Position => _position;

    public int ReadBit()
    {
        if (_bitsLeft == 0)
        {
            if (_position >= data.Length)
            {
                throw new ImageFormatException("JPEG: truncated (data ends inside a scan)");
            }

            _current = data[_position];
            if (_current == 0xFF)
            {
                if (_position + 1 >= data.Length)
                {
                    throw new ImageFormatException("JPEG: truncated (data ends inside a scan)");
                }

                if (data[_position + 1] != 0x00)
                {
                    throw new ImageFormatException($"JPEG: scan data ends early (marker 0xFF{data[_position + 1]:X2} at byte {_position}); the file is truncated or corrupt");
                }

                _position++;
            }

            _position++;
            _bitsLeft = 8;
        }

        _bitsLeft--;
        return (_current >> _bitsLeft) & 1;
    }

    public int Receive(int length)
    {
        var value = 0;
        for (var i = 0; i < length; i++)
        {
            value = (value << 1) | ReadBit();
        }

        return value;
    }

    /// <summary>Receives <paramref name="length"/> bits and extends them to a signed value (T.81 F.2.2.1).</summary>
    public int ReceiveExtend(int length)
    {
        if (length == 0)
        {
            return 0;
        }

        var value = Receive(length);
        return value < 1 << (length - 1) ? value - (1 << length) + 1 : value;
    }

    /// <summary>Drops the bits left in the current byte and consumes the expected RSTn marker.</summary>
    public void Restart(int expected)
    {
        _bitsLeft = 0;
        while (_position < data.Length && data[_position] == 0xFF && _position + 1 < data.Length && data[_position + 1] == 0xFF)
        {
            _position++;
        }

        if (_position + 1 >= data.Length || data[_position] != 0xFF || data[_position + 1] != 0xD0 + expected)
        {
            throw new ImageFormatException($"JPEG: expected restart marker RST{expected} at byte {_position}; the file is truncated or corrupt");
        }

        _position += 2;
    }
}
