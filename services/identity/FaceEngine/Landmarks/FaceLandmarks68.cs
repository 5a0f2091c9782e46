namespace Platform.Identity.FaceEngine.Landmarks;

/// <summary>The 68 points (iBUG 300-W order: jaw, brows, nose, eyes, mouth) in the landmark net's input pixels.</summary>
public sealed class FaceLandmarks68
{
    public const int PointCount = 68;

    public FaceLandmarks68(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count != PointCount)
        {
            throw new ArgumentException($"{PointCount} landmarks expected, got {points.Count}", nameof(points));
        }

        Points = points;
    }

    public IReadOnlyList<(double X, double Y)> Points { get; }
}
