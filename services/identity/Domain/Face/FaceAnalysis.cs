using System.Diagnostics;
using Microsoft.Extensions.Options;
using Platform.Grpc.Validation;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Liveness;
using Platform.Identity.Options;
using Platform.Identity.Telemetry;
using EngineDescriptor = Platform.Identity.FaceEngine.Recognition.FaceDescriptor;

namespace Platform.Identity.Domain.Face;

/// <summary>
/// What identity asks of the face engine: a template from enrolment photos, and a verdict on challenge frames.
/// Pure computation on decoded images; callers hold an <see cref="AnalysisSlots"/> slot around it.
/// </summary>
public sealed class FaceAnalysis(FaceModels models, IOptions<IdentityOptions> options, IdentityTelemetry telemetry)
{
    /// <summary>Throws UNAVAILABLE now, before anything is changed, when the models cannot be loaded.</summary>
    public void EnsureAvailable() => _ = models.Pipeline;

    /// <summary>
    /// Every photo must show exactly one face, all of them the same person (within the threshold of each other);
    /// the template is the mean of their descriptors.
    /// </summary>
    public float[] Template(IReadOnlyList<RgbImage> photos, string field)
    {
        var pipeline = models.Pipeline;
        var started = Stopwatch.GetTimestamp();
        var descriptors = new EngineDescriptor[photos.Count];
        for (var i = 0; i < photos.Count; i++)
        {
            var faces = pipeline.Describe(photos[i]);
            if (faces.Count != 1) throw RpcProblems.Invalid($"{field}[{i}] must show exactly one face (found {faces.Count})");
            descriptors[i] = faces[0].Descriptor;
            for (var j = 0; j < i; j++)
            {
                if (descriptors[i].DistanceTo(descriptors[j]) > options.Value.Face.Threshold)
                    throw RpcProblems.Invalid($"{field}[{i}] must show the same person as {field}[{j}]");
            }
        }
        telemetry.FaceAnalysed("enrolment", photos.Count, Stopwatch.GetElapsedTime(started));

        var template = new float[EngineDescriptor.Length];
        foreach (var descriptor in descriptors)
        {
            for (var k = 0; k < template.Length; k++) template[k] += descriptor.Values[k] / descriptors.Length;
        }
        return template;
    }

    /// <summary>The liveness challenge: one face per frame, each the enrolled person, turning as prompted.</summary>
    public LivenessResult Challenge(IReadOnlyList<HeadMovement> prompt, float[] enrolled, IReadOnlyList<RgbImage> frames)
    {
        var face = options.Value.Face;
        var challenge = new LivenessChallenge(models.Pipeline, new LivenessOptions
        {
            MaxFrames = face.Images.MaxFrames,
            MaxTotalPixels = face.Images.MaxTotalPixels,
            TurnYaw = face.TurnYaw,
            DescriptorThreshold = face.Threshold,
        });
        var started = Stopwatch.GetTimestamp();
        var result = challenge.Verify(prompt, new EngineDescriptor(enrolled), frames);
        telemetry.FaceAnalysed("liveness", frames.Count, Stopwatch.GetElapsedTime(started));
        return result;
    }
}
