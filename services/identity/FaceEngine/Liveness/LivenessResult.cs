namespace Platform.Identity.FaceEngine.Liveness;

/// <summary>
/// A challenge's verdict: the outcome, the frame it concerns (null when it is about the whole challenge), the yaw of
/// every frame examined so far and a message for logs.
/// </summary>
public sealed record LivenessResult(LivenessOutcome Outcome, int? Frame, IReadOnlyList<double> Yaws, string Detail)
{
    public bool Passed => Outcome == LivenessOutcome.Passed;
}
