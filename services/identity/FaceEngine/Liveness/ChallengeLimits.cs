using Platform.Identity.FaceEngine.Imaging;

namespace Platform.Identity.FaceEngine.Liveness;

/// <summary>Refusals decided before any network runs: an empty prompt, no frames, too many frames or pixels.</summary>
public static class ChallengeLimits
{
    public static LivenessResult? Refusal(IReadOnlyList<HeadMovement> prompt, IReadOnlyList<RgbImage> frames, LivenessOptions options)
    {
        if (prompt.Count == 0)
        {
            return new(LivenessOutcome.NoPrompt, null, [], "no movement prompted");
        }

        if (frames.Count == 0)
        {
            return new(LivenessOutcome.NoFrames, null, [], "no frames");
        }

        if (frames.Count > options.MaxFrames)
        {
            return new(LivenessOutcome.TooManyFrames, null, [], $"{frames.Count} frames, at most {options.MaxFrames}");
        }

        var pixels = frames.Sum(f => (long)f.Width * f.Height);
        return pixels > options.MaxTotalPixels
            ? new(LivenessOutcome.TooManyPixels, null, [], $"{pixels} pixels in all, at most {options.MaxTotalPixels}")
            : null;
    }
}
