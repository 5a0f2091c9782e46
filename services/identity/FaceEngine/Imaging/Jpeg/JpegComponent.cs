namespace Platform.Identity.FaceEngine.Imaging.Jpeg;

/// <summary>One colour component of the frame and its decoded samples, padded to whole MCUs.</summary>
internal sealed class JpegComponent(byte id, int horizontal, int vertical, int quantizationTable)
{
    public byte Id { get; } = id;

    public int Horizontal { get; } = horizontal;

    public int Vertical { get; } = vertical;

    public int QuantizationTable { get; } = quantizationTable;

    /// <summary>Blocks per line and lines of blocks actually covering the image (T.81 A.1.1), used by non-interleaved scans.</summary>
    public int BlocksWide { get; private set; }

    public int BlocksHigh { get; private set; }

    public int Stride { get; private set; }

    public byte[] Samples { get; private set; } = [];

    public int DcPredictor { get; set; }

    public HuffmanTable? DcTable { get; set; }

    public HuffmanTable? AcTable { get; set; }

    public void Allocate(JpegFrame frame)
    {
        var width = (frame.Width * Horizontal + frame.MaxHorizontal - 1) / frame.MaxHorizontal;
        var height = (frame.Height * Vertical + frame.MaxVertical - 1) / frame.MaxVertical;
        BlocksWide = (width + 7) / 8;
        BlocksHigh = (height + 7) / 8;
        Stride = frame.McusWide * Horizontal * 8;
        Samples = new byte[Stride * frame.McusHigh * Vertical * 8];
    }
}
