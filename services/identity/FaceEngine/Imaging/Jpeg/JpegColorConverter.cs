namespace Platform.Identity.FaceEngine.Imaging.Jpeg;

/// <summary>Upsamples subsampled components by replication and converts YCbCr (JFIF) to RGB.</summary>
internal static class JpegColorConverter
{
    public static RgbImage ToRgb(JpegFrame frame, bool transformFromYCbCr)
    {
        var pixels = new byte[(long)frame.Width * frame.Height * 3];
        var components = frame.Components;
        for (var y = 0; y < frame.Height; y++)
        {
            for (var x = 0; x < frame.Width; x++)
            {
                var o = ((y * frame.Width) + x) * 3;
                if (components.Count == 1)
                {
                    pixels[o] = pixels[o + 1] = pixels[o + 2] = Sample(frame, components[0], x, y);
                    continue;
                }

                var c0 = Sample(frame, components[0], x, y);
                var c1 = Sample(frame, components[1], x, y);
                var c2 = Sample(frame, components[2], x, y);
                if (!transformFromYCbCr)
                {
                    (pixels[o], pixels[o + 1], pixels[o + 2]) = (c0, c1, c2);
                    continue;
                }

                float luma = c0, cb = c1 - 128f, cr = c2 - 128f;
                pixels[o] = Clamp(luma + (1.402f * cr));
                pixels[o + 1] = Clamp(luma - (0.344136f * cb) - (0.714136f * cr));
                pixels[o + 2] = Clamp(luma + (1.772f * cb));
            }
        }

        return new RgbImage(frame.Width, frame.Height, pixels);
    }

    private static byte Sample(JpegFrame frame, JpegComponent component, int x, int y) =>
        component.Samples[(y * component.Vertical / frame.MaxVertical * component.Stride) + (x * component.Horizontal / frame.MaxHorizontal)];

    private static byte Clamp(float value) => (byte)Math.Clamp((int)MathF.Round(value), 0, 255);
}
