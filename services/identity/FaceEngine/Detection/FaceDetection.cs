namespace Platform.Identity.FaceEngine.Detection;

/// <summary>A face found by the detector: its box in the detector input's pixels (left, top, width, height) and its score in (0, 1).</summary>
public readonly record struct FaceDetection(double X, double Y, double Width, double Height, double Score)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double Area => Width * Height;

    public double IntersectionOverUnion(FaceDetection other)
    {
        var width = Math.Max(0.0, Math.Min(Right, other.Right) - Math.Max(X, other.X));
        var height = Math.Max(0.0, Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y));
        var intersection = width * height;
        return intersection / (Area + other.Area - intersection);
    }
}
