using System.Text.Json;

namespace FaceEngine.Tests.Imaging;

/// <summary>jpeg-js in Node, through jpeg-reference.js.</summary>
public static class JpegReference
{
    public static (int Width, int Height, byte[] Rgb) Decode(byte[] jpeg)
    {
        NodeScripts.Package("jpeg-js");
        using var files = new TemporaryDirectory();
        File.WriteAllBytes(files.Path("in.jpg"), jpeg);
        var json = NodeScripts.Run("jpeg-reference.js", "decode", files.Path("in.jpg"), files.Path("out.rgb"));
        using var size = JsonDocument.Parse(json);
        return (size.RootElement.GetProperty("width").GetInt32(), size.RootElement.GetProperty("height").GetInt32(), File.ReadAllBytes(files.Path("out.rgb")));
    }

    public static byte[] Encode(int width, int height, byte[] rgb, int quality)
    {
        NodeScripts.Package("jpeg-js");
        using var files = new TemporaryDirectory();
        File.WriteAllBytes(files.Path("in.rgb"), rgb);
        NodeScripts.Run("jpeg-reference.js", "encode", files.Path("in.rgb"), width.ToString(), height.ToString(), quality.ToString(), files.Path("out.jpg"));
        return File.ReadAllBytes(files.Path("out.jpg"));
    }
}
