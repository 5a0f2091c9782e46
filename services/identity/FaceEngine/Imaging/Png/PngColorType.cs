namespace Platform.Identity.FaceEngine.Imaging.Png;

internal enum PngColorType : byte
{
    Grayscale = 0,
    Rgb = 2,
    Palette = 3,
    GrayscaleAlpha = 4,
    Rgba = 6,
}
