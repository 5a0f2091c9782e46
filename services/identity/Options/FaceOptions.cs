namespace Platform.Identity.Options;

/// <summary>Face enrolment and verification.</summary>
public sealed class FaceOptions
{
    /// <summary>The largest Euclidean distance between probe and template that still counts as a match.</summary>
    public double Threshold { get; set; } = 0.6;

    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>5 failures then a cool-down; 10 failures without a success disable face until re-enrolment.</summary>
    public LockoutPolicy Lockout { get; set; } = new() { MaxFailures = 5, LockDuration = TimeSpan.FromMinutes(5), HardCap = 10 };

    /// <summary>
    /// The folder of face-api's weights manifests and shards. A relative path is taken from the content root; the
    /// default is where <c>npm ci</c> in <c>services/identity/FaceModels</c> puts them.
    /// </summary>
    public string ModelDirectory { get; set; } = "FaceModels/node_modules/@vladmandic/face-api/model";

    /// <summary>
    /// Whether a 128-number descriptor computed on the device is accepted instead of images. Off by default: such a
    /// probe proves nothing about liveness, so it is for trusted capture devices and load tests only.
    /// </summary>
    public bool AcceptDeviceDescriptors { get; set; }

    /// <summary>How far a prompted head turn must go (the face engine's yaw units, 0 frontal, ±1 in profile).</summary>
    public double TurnYaw { get; set; } = 0.25;

    public FaceImageLimits Images { get; set; } = new();

    /// <summary>Image analyses run at once; each already spreads its convolutions over every core.</summary>
    public int MaxConcurrentAnalyses { get; set; } = 1;

    /// <summary>Requests waiting for an analysis slot; more are refused as RESOURCE_EXHAUSTED without any effect.</summary>
    public int MaxQueuedAnalyses { get; set; } = 8;
}
