using Platform.Identity.FaceEngine.Recognition;

namespace Platform.Identity.FaceEngine.Liveness;

/// <summary>Limits and thresholds of a challenge.</summary>
public sealed record LivenessOptions
{
    public int MaxFrames { get; init; } = 30;

    /// <summary>All frames together; 30 frames of 640×480 fit in the default.</summary>
    public long MaxTotalPixels { get; init; } = 12_000_000;

    /// <summary>A prompted turn counts once |yaw| reaches this in its direction (<see cref="HeadYaw"/> units).</summary>
    public double TurnYaw { get; init; } = 0.25;

    /// <summary>When set, the first frame must be within <see cref="FrontalYaw"/> of zero.</summary>
    public bool RequireFrontalStart { get; init; }

    public double FrontalYaw { get; init; } = 0.15;

    public double DescriptorThreshold { get; init; } = FaceDescriptor.DefaultThreshold;
}
