namespace Platform.Gateway.Endpoints.Common;

/// <summary>A face descriptor as the device computes it (until the face engine accepts images).</summary>
public static class FaceDescriptor
{
    public const int Length = 128;
}
