namespace Platform.Identity.FaceEngine.Liveness;

/// <summary>Whether a sequence of yaws performs the prompted turns in order.</summary>
public static class MovementCheck
{
    /// <summary>
    /// True when, walking the frames in order, each prompted turn reaches <see cref="LivenessOptions.TurnYaw"/> in its
    /// direction in a later frame than the previous turn did (a frame completes at most one turn).
    /// </summary>
    public static bool Follows(IReadOnlyList<double> yaws, IReadOnlyList<HeadMovement> prompt, LivenessOptions options)
    {
        if (prompt.Count == 0 || yaws.Count == 0)
        {
            return false;
        }

        if (options.RequireFrontalStart && Math.Abs(yaws[0]) > options.FrontalYaw)
        {
            return false;
        }

        var step = 0;
        foreach (var yaw in yaws)
        {
            if (Reached(yaw, prompt[step], options.TurnYaw))
            {
                step++;
            }

            if (step == prompt.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Reached(double yaw, HeadMovement movement, double turnYaw) =>
        movement == HeadMovement.TurnLeft ? yaw >= turnYaw : yaw <= -turnYaw;
}
