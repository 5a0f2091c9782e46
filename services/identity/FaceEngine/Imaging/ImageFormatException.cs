namespace Platform.Identity.FaceEngine.Imaging;

/// <summary>An image that cannot be decoded: unknown format, unsupported feature, corrupt or truncated data, or dimensions over the limits.</summary>
public sealed class ImageFormatException : Exception
{
    public ImageFormatException(string message) : base(message)
    {
    }

    public ImageFormatException(string message, Exception inner) : base(message, inner)
    {
    }
}
