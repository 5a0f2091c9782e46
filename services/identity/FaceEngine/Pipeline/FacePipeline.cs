using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Landmarks;
using Platform.Identity.FaceEngine.Recognition;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Pipeline;

/// <summary>
/// face-api's detect → landmarks → descriptor chain on an image: faces from the tiny detector, the 68 landmarks of
/// each, the aligned box (<see cref="FaceAlignment"/>) cropped as face-api crops an image tensor (clipped, floored,
/// centred square, bilinear resize to 150), and its descriptor.
/// </summary>
public sealed class FacePipeline(TinyFaceDetector detector, FaceLandmark68Net landmarkNet, FaceRecognitionNet recognitionNet)
{
    public const string DetectorModel = "tiny_face_detector_model";
    public const string LandmarkModel = "face_landmark_68_model";
    public const string RecognitionModel = "face_recognition_model";

    /// <summary>The three networks from face-api's model folder (their NAME-weights_manifest.json files and shards).</summary>
    public static FacePipeline LoadDirectory(string modelDirectory) => new(
        TinyFaceDetector.LoadFile(Manifest(modelDirectory, DetectorModel)),
        FaceLandmark68Net.LoadFile(Manifest(modelDirectory, LandmarkModel)),
        FaceRecognitionNet.LoadFile(Manifest(modelDirectory, RecognitionModel)));

    public static string Manifest(string modelDirectory, string model) => Path.Combine(modelDirectory, $"{model}-weights_manifest.json");

    /// <summary>Every face the detector finds, best first, with its descriptor (faces whose crops fall outside the image are left out).</summary>
    public IReadOnlyList<DescribedFace> Describe(RgbImage image, double scoreThreshold = TinyFaceDetector.DefaultScoreThreshold)
    {
        // Faces are described side by side (each network's layers are split over cores too, but a face's small layers
        // leave cores idle); the order stays the detector's.
        var detections = detector.Detect(image, TinyFaceDetector.DefaultInputSize, scoreThreshold);
        var faces = new DescribedFace?[detections.Count];
        Parallel.For(0, detections.Count, i => faces[i] = Describe(image, detections[i]));
        return faces.OfType<DescribedFace>().ToList();
    }

    /// <summary>Landmarks, alignment and descriptor of one detected face; null when its crops fall outside the image.</summary>
    public DescribedFace? Describe(RgbImage image, FaceDetection detection)
    {
        var landmarks = landmarkNet.Detect(image, detection);
        if (landmarks is null || FaceCrop.Region(image, detection) is not { } region)
        {
            return null;
        }

        var aligned = FaceAlignment.AlignedBox(landmarks, region.Width, region.Height, detection.Score);
        var crop = FaceCrop.From(image, aligned, FaceRecognitionNet.InputSize);
        if (crop is null)
        {
            return null;
        }

        var descriptor = recognitionNet.Describe(crop.Input);
        MapPool.Return(crop.Input);
        return new DescribedFace(detection, landmarks, aligned, descriptor);
    }
}
