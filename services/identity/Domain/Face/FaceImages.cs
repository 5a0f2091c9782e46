using Google.Protobuf;
using Platform.Grpc.Validation;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.Options;

namespace Platform.Identity.Domain.Face;

/// <summary>
/// Decodes the images of one request within <see cref="FaceImageLimits"/>: the count and each image's bytes are
/// checked first, each image's size from its header before its pixels are allocated, and the running total of
/// pixels after each one, so memory and time stay bounded whatever is uploaded. Errors name the image.
/// </summary>
public static class FaceImages
{
    public static RgbImage[] Decode(IReadOnlyList<ByteString> images, string field, int maxCount, FaceImageLimits limits)
    {
        if (images.Count == 0) throw RpcProblems.Invalid($"{field} must hold at least one image");
        if (images.Count > maxCount) throw RpcProblems.Invalid($"{field} must hold at most {maxCount} images (got {images.Count})");
        for (var i = 0; i < images.Count; i++)
        {
            if (images[i].Length == 0) throw RpcProblems.Invalid($"{field}[{i}] is empty");
            if (images[i].Length > limits.MaxImageBytes)
                throw RpcProblems.Invalid($"{field}[{i}] must be at most {limits.MaxImageBytes} bytes (got {images[i].Length})");
        }

        var decodeLimits = new DecodeLimits { MaxPixels = limits.MaxImagePixels };
        var decoded = new RgbImage[images.Count];
        long pixels = 0;
        for (var i = 0; i < images.Count; i++)
        {
            try
            {
                decoded[i] = ImageDecoder.Decode(images[i].Span, decodeLimits);
            }
            catch (ImageFormatException ex)
            {
                throw RpcProblems.Invalid($"{field}[{i}] is not a usable PNG or JPEG image: {ex.Message}");
            }
            pixels += (long)decoded[i].Width * decoded[i].Height;
            if (pixels > limits.MaxTotalPixels)
                throw RpcProblems.Invalid($"{field} must hold at most {limits.MaxTotalPixels} pixels in all");
        }
        return decoded;
    }
}
