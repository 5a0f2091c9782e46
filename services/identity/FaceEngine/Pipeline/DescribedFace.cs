using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Landmarks;
using Platform.Identity.FaceEngine.Recognition;

namespace Platform.Identity.FaceEngine.Pipeline;

/// <summary>One face of an image: the detector's box and score, its 68 landmarks, the aligned box cropped for recognition, the descriptor.</summary>
public sealed record DescribedFace(FaceDetection Detection, FaceLandmarks68 Landmarks, FaceDetection AlignedBox, FaceDescriptor Descriptor);
