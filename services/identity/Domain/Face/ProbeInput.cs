using Google.Protobuf;
using Platform.Grpc.Validation;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.Options;

namespace Platform.Identity.Domain.Face;

/// <summary>
/// A face given either as images (decoded here, within the limits) or as a descriptor computed on the device
/// (only where <see cref="FaceOptions.AcceptDeviceDescriptors"/> allows it); exactly one of the two.
/// </summary>
public sealed record ProbeInput(RgbImage[]? Images, float[]? Descriptor)
{
    public static ProbeInput Read(
        IReadOnlyList<float> descriptor, string descriptorField, IReadOnlyList<ByteString> images, string imagesField,
        FaceOptions options, int maxImages)
    {
        if (descriptor.Count > 0 && images.Count > 0)
            throw RpcProblems.Invalid($"{imagesField} cannot be sent together with {descriptorField}: send one of them");
        if (images.Count > 0) return new(FaceImages.Decode(images, imagesField, maxImages, options.Images), null);
        if (!options.AcceptDeviceDescriptors)
        {
            if (descriptor.Count > 0)
                throw RpcProblems.Invalid($"{descriptorField} is not accepted here: a descriptor computed on the device proves no liveness; send {imagesField}");
            throw RpcProblems.Invalid($"{imagesField} must hold at least one image");
        }
        if (descriptor.Count == 0) throw RpcProblems.Invalid($"{imagesField} must hold at least one image (or send {descriptorField})");
        return new(null, FaceDescriptor.Validate(descriptor, descriptorField));
    }
}
