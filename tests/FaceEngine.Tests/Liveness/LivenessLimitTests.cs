using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Liveness;

namespace FaceEngine.Tests.Liveness;

/// <summary>Refusals decided before any frame is examined.</summary>
public class LivenessLimitTests
{
    private static readonly HeadMovement[] Prompt = [HeadMovement.TurnLeft];

    [Fact]
    public void Too_many_frames_are_refused()
    {
        var frames = Enumerable.Repeat(Frame(4, 4), 4).ToList();

        var result = ChallengeLimits.Refusal(Prompt, frames, new LivenessOptions { MaxFrames = 3 });

        Assert.Equal(LivenessOutcome.TooManyFrames, result?.Outcome);
    }

    [Fact]
    public void Frames_within_both_limits_are_not_refused() =>
        Assert.Null(ChallengeLimits.Refusal(Prompt, [Frame(10, 10), Frame(10, 10)], new LivenessOptions { MaxFrames = 2, MaxTotalPixels = 200 }));

    [Fact]
    public void Too_many_pixels_in_all_are_refused()
    {
        var frames = Enumerable.Repeat(Frame(10, 10), 3).ToList();

        var result = ChallengeLimits.Refusal(Prompt, frames, new LivenessOptions { MaxTotalPixels = 299 });

        Assert.Equal(LivenessOutcome.TooManyPixels, result?.Outcome);
    }

    [Fact]
    public void No_frames_or_no_prompt_are_refused()
    {
        Assert.Equal(LivenessOutcome.NoFrames, ChallengeLimits.Refusal(Prompt, [], new LivenessOptions())?.Outcome);
        Assert.Equal(LivenessOutcome.NoPrompt, ChallengeLimits.Refusal([], [Frame(4, 4)], new LivenessOptions())?.Outcome);
    }

    private static RgbImage Frame(int width, int height) => new(width, height, new byte[width * height * 3]);
}
