namespace Platform.Identity.FaceEngine.Liveness;

/// <summary>Why a challenge was accepted or refused.</summary>
public enum LivenessOutcome
{
    Passed,
    NoPrompt,
    NoFrames,
    TooManyFrames,
    TooManyPixels,
    NoFace,
    SeveralFaces,
    NotTheSameFace,
    MovementNotFollowed,
}
