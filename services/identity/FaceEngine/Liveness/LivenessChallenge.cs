using System.Globalization;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Pipeline;
using Platform.Identity.FaceEngine.Recognition;

namespace Platform.Identity.FaceEngine.Liveness;

/// <summary>
/// Liveness by head-movement challenge: every frame must hold exactly one face, that face must match the enrolled
/// descriptor, and the frames' yaws (<see cref="HeadYaw"/>) must perform the prompted turns in order
/// (<see cref="MovementCheck"/>). Limits (<see cref="ChallengeLimits"/>) are checked before any frame is examined; frames are
/// examined in order and the first failing one decides.
/// </summary>
public sealed class LivenessChallenge(FacePipeline pipeline, LivenessOptions? options = null)
{
    private readonly LivenessOptions options = options ?? new LivenessOptions();

    public LivenessResult Verify(IReadOnlyList<HeadMovement> prompt, FaceDescriptor enrolled, IReadOnlyList<RgbImage> frames)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(enrolled);
        ArgumentNullException.ThrowIfNull(frames);
        if (ChallengeLimits.Refusal(prompt, frames, options) is { } refused)
        {
            return refused;
        }

        var yaws = new List<double>(frames.Count);
        for (var i = 0; i < frames.Count; i++)
        {
            var faces = pipeline.Describe(frames[i]);
            if (faces.Count != 1)
            {
                return faces.Count == 0
                    ? new(LivenessOutcome.NoFace, i, yaws, $"frame {i}: no face")
                    : new(LivenessOutcome.SeveralFaces, i, yaws, $"frame {i}: {faces.Count} faces");
            }

            var distance = faces[0].Descriptor.DistanceTo(enrolled);
            if (distance >= options.DescriptorThreshold)
            {
                return new(LivenessOutcome.NotTheSameFace, i, yaws, $"frame {i}: {distance:F3} from the enrolled face (threshold {options.DescriptorThreshold})");
            }

            yaws.Add(HeadYaw.Estimate(faces[0].Landmarks));
        }

        return MovementCheck.Follows(yaws, prompt, options)
            ? new(LivenessOutcome.Passed, null, yaws, "passed")
            : new(LivenessOutcome.MovementNotFollowed, null, yaws, $"yaws {string.Join(", ", yaws.Select(y => y.ToString("F2", CultureInfo.InvariantCulture)))} do not perform {string.Join(", ", prompt)}");
    }
}
