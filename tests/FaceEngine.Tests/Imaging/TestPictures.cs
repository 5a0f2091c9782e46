namespace FaceEngine.Tests.Imaging;

/// <summary>Synthetic RGB pictures: smooth gradients with a few hard edges and mild noise, like a photograph's range of detail.</summary>
public static class TestPictures
{
    public static byte[] Make(int width, int height, int seed)
    {
        var random = new Random(seed);
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 3;
                var inDisc = Math.Pow(x - (width / 2.0), 2) + Math.Pow(y - (height / 2.0), 2) < Math.Pow(Math.Min(width, height) / 3.0, 2);
                rgb[i] = Clamp((255.0 * x / width) + random.Next(-8, 9));
                rgb[i + 1] = Clamp((inDisc ? 200 : 60) + random.Next(-8, 9));
                rgb[i + 2] = Clamp((255.0 * y / height) + random.Next(-8, 9));
            }
        }

        return rgb;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp((int)Math.Round(value), 0, 255);
}
