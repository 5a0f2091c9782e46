using Google.Protobuf;
using Google.Protobuf.Collections;

namespace Platform.Gateway.Endpoints.Common;

/// <summary>Copies uploaded images into a request's repeated bytes field, as they are; identity checks them.</summary>
public static class ImageBytes
{
    public static void AddTo(RepeatedField<ByteString> field, byte[][]? images)
    {
        foreach (var image in images ?? []) field.Add(ByteString.CopyFrom(image ?? []));
    }
}
