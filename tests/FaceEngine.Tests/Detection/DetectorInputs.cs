using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Tensors;

namespace FaceEngine.Tests.Detection;

/// <summary>Square RGB inputs (values 0–255) for the detector, built in the test so both implementations see the same numbers.</summary>
public static class DetectorInputs
{
    public static FeatureMap Random(int size, int seed)
    {
        var random = new Random(seed);
        var map = new FeatureMap(size, size, 3);
        for (var i = 0; i < map.Data.Length; i++)
        {
            map.Data[i] = random.Next(256);
        }

        return map;
    }

    /// <summary>The image scaled (nearest pixel) so its longer side fills <paramref name="size"/>, black below or to the right.</summary>
    public static FeatureMap FromImage(RgbImage image, int size)
    {
        var map = new FeatureMap(size, size, 3);
        var scale = (double)Math.Max(image.Width, image.Height) / size;
        for (var y = 0; y < size; y++)
        {
            var sy = (int)((y + 0.5) * scale);
            if (sy >= image.Height)
            {
                break;
            }

            for (var x = 0; x < size; x++)
            {
                var sx = (int)((x + 0.5) * scale);
                if (sx >= image.Width)
                {
                    break;
                }

                var source = ((sy * image.Width) + sx) * 3;
                var target = map.Pixel(y, x);
                target[0] = image.Pixels[source];
                target[1] = image.Pixels[source + 1];
                target[2] = image.Pixels[source + 2];
            }
        }

        return map;
    }
}
