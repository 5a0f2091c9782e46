namespace Platform.Gateway.Endpoints.Common;

/// <summary>A face descriptor as a trusted capture device computes it.</summary>
public static class FaceDescriptor
{
    public const int Length = 128;
}
