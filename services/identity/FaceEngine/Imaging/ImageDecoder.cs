using Platform.Identity.FaceEngine.Imaging.Jpeg;
using Platform.Identity.FaceEngine.Imaging.Png;

namespace Platform.Identity.FaceEngine.Imaging;

/// <summary>Decodes PNG or baseline JPEG, chosen by the data's signature, into an <see cref="RgbImage"/>.</summary>
public static class ImageDecoder
{
    public static RgbImage Decode(ReadOnlySpan<byte> data, DecodeLimits? limits = null)
    {
        limits ??= DecodeLimits.Default;
        if (data.IsEmpty)
        {
            throw new ImageFormatException("image: no data");
        }

        if (PngDecoder.HasSignature(data))
        {
            return PngDecoder.Decode(data, limits);
        }

        if (JpegDecoder.HasSignature(data))
        {
            return JpegDecoder.Decode(data, limits);
        }

        throw new ImageFormatException("image: not a PNG or JPEG (unrecognised signature)");
    }
}
