namespace Platform.Gateway.Client;

/// <summary>
/// A phone camera pointed at a face: the photos it takes for enrolment, and the frames it captures while the person
/// performs a session's prompt (e.g. "turn_left_then_right"). Users with a camera send images, not descriptors.
/// </summary>
public sealed class FaceCamera(byte[][] enrolmentPhotos, Func<string, byte[][]> perform)
{
    public byte[][] EnrolmentPhotos { get; } = enrolmentPhotos;

    public byte[][] Perform(string prompt) => perform(prompt);
}
