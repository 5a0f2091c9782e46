using Platform.Identity.FaceEngine.Landmarks;

namespace Platform.Identity.FaceEngine.Liveness;

/// <summary>
/// A signed head yaw from the 68 landmarks: where the nose tip (point 30) lies between the two ends of the jaw
/// outline (points 0 and 16), scaled to −1…1 with 0 for a frontal face. Positive means the person turns to their own
/// left, which in an unmirrored photo moves the nose towards the image's right (towards point 16). Not an angle in
/// degrees: about ±0.3 is already a clear turn, and the value saturates near ±1 in profile.
/// </summary>
public static class HeadYaw
{
    private const int JawStart = 0;
    private const int JawEnd = 16;
    private const int NoseTip = 30;

    public static double Estimate(FaceLandmarks68 landmarks)
    {
        ArgumentNullException.ThrowIfNull(landmarks);
        var left = landmarks.Points[JawStart].X;
        var right = landmarks.Points[JawEnd].X;
        var width = right - left;
        if (Math.Abs(width) < 1e-6)
        {
            return 0;
        }

        return Math.Clamp((2 * (landmarks.Points[NoseTip].X - left) / width) - 1, -1, 1);
    }
}
