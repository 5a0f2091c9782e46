namespace Platform.Identity.FaceEngine.Liveness;

/// <summary>One prompted head turn, named from the person's side (<see cref="HeadYaw"/>: TurnLeft is positive yaw).</summary>
public enum HeadMovement
{
    TurnLeft,
    TurnRight,
}
