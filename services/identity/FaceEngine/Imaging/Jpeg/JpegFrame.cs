namespace Platform.Identity.FaceEngine.Imaging.Jpeg;

/// <summary>The SOF header: size, components and their sampling factors, and the MCU grid derived from them.</summary>
internal sealed class JpegFrame
{
    private JpegFrame(int width, int height, IReadOnlyList<JpegComponent> components)
    {
        Width = width;
        Height = height;
        Components = components;
        MaxHorizontal = components.Max(c => c.Horizontal);
        MaxVertical = components.Max(c => c.Vertical);
        McusWide = (width + (8 * MaxHorizontal) - 1) / (8 * MaxHorizontal);
        McusHigh = (height + (8 * MaxVertical) - 1) / (8 * MaxVertical);
    }

    public int Width { get; }

    public int Height { get; }

    public IReadOnlyList<JpegComponent> Components { get; }

    public int MaxHorizontal { get; }

    public int MaxVertical { get; }

    public int McusWide { get; }

    public int McusHigh { get; }

    public static JpegFrame Parse(ReadOnlySpan<byte> segment, DecodeLimits limits)
    {
        if (segment.Length < 6)
        {
            throw new ImageFormatException("JPEG: frame header too short");
        }

        if (segment[0] != 8)
        {
            throw new ImageFormatException($"JPEG: {segment[0]}-bit samples are not supported (only 8-bit)");
        }

        var height = (segment[1] << 8) | segment[2];
        var width = (segment[3] << 8) | segment[4];
        if (height == 0)
        {
            throw new ImageFormatException("JPEG: height given by a DNL marker is not supported");
        }

        limits.Check("JPEG", width, height);
        var count = segment[5];
        if (count is not (1 or 3))
        {
            throw new ImageFormatException($"JPEG: {count} colour components are not supported (only greyscale or YCbCr)");
        }

        if (segment.Length != 6 + (count * 3))
        {
            throw new ImageFormatException("JPEG: frame header length does not match its component count");
        }

        var components = new List<JpegComponent>();
        for (var i = 0; i < count; i++)
        {
            var c = segment.Slice(6 + (i * 3), 3);
            int h = c[1] >> 4, v = c[1] & 15;
            if (h is < 1 or > 4 || v is < 1 or > 4 || c[2] > 3)
            {
                throw new ImageFormatException($"JPEG: component {c[0]} has invalid sampling {h}x{v} or quantization table {c[2]}");
            }

            var id = c[0];
            if (components.Any(existing => existing.Id == id))
            {
                throw new ImageFormatException($"JPEG: component id {c[0]} appears twice");
            }

            components.Add(new JpegComponent(id, h, v, c[2]));
        }

        var frame = new JpegFrame(width, height, components);
        foreach (var component in components)
        {
            component.Allocate(frame);
        }

        return frame;
    }
}
