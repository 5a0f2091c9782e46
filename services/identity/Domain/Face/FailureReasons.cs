using Platform.Identity.FaceEngine.Liveness;

namespace Platform.Identity.Domain.Face;

/// <summary>The reason a client reads when challenge frames fail; they say what to do again, not how close it came.</summary>
public static class FailureReasons
{
    public static string Of(LivenessOutcome outcome) => outcome switch
    {
        LivenessOutcome.Passed => "",
        LivenessOutcome.NoFace => "no_face",
        LivenessOutcome.SeveralFaces => "several_faces",
        LivenessOutcome.MovementNotFollowed => "movement_not_followed",
        _ => "mismatch",
    };
}
