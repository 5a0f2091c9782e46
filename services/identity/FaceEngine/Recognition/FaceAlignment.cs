using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Landmarks;

namespace Platform.Identity.FaceEngine.Recognition;

/// <summary>
/// The box face-api crops for the recognition net (its dlib-style alignment): a square of side floor(mean
/// eye-to-mouth distance / 0.45), placed so the centre of the two eye centres and the mouth centre lies at 50 % across
/// and 43 % down, its corner floored and kept at or right/below the image's origin.
/// </summary>
public static class FaceAlignment
{
    private const double RelativeX = 0.5;
    private const double RelativeY = 0.43;
    private const double RelativeScale = 0.45;

    /// <summary>
    /// The aligned box; <paramref name="cropWidth"/> and <paramref name="cropHeight"/> are the landmark crop's size,
    /// which face-api (oddly, but it is what it crops) uses to bound the side as min(side, crop size + corner).
    /// </summary>
    public static FaceDetection AlignedBox(FaceLandmarks68 landmarks, int cropWidth, int cropHeight, double score)
    {
        var leftEye = Centre(landmarks, 36, 42);
        var rightEye = Centre(landmarks, 42, 48);
        var mouth = Centre(landmarks, 48, 68);
        var eyeToMouth = (Distance(mouth, leftEye) + Distance(mouth, rightEye)) / 2;
        var size = Math.Floor(eyeToMouth / RelativeScale);
        var referenceX = (leftEye.X + rightEye.X + mouth.X) / 3;
        var referenceY = (leftEye.Y + rightEye.Y + mouth.Y) / 3;
        var x = Math.Floor(Math.Max(0, referenceX - (RelativeX * size)));
        var y = Math.Floor(Math.Max(0, referenceY - (RelativeY * size)));
        return new FaceDetection(x, y, Math.Min(size, cropWidth + x), Math.Min(size, cropHeight + y), score);
    }

    private static (double X, double Y) Centre(FaceLandmarks68 landmarks, int from, int to)
    {
        var (x, y) = (0.0, 0.0);
        for (var i = from; i < to; i++)
        {
            x += landmarks.Points[i].X;
            y += landmarks.Points[i].Y;
        }

        return (x / (to - from), y / (to - from));
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
