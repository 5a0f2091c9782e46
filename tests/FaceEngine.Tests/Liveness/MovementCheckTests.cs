using Platform.Identity.FaceEngine.Liveness;

namespace FaceEngine.Tests.Liveness;

public class MovementCheckTests
{
    private static readonly HeadMovement[] LeftThenRight = [HeadMovement.TurnLeft, HeadMovement.TurnRight];

    [Theory]
    [InlineData(new[] { 0.0, 0.3, 0.0, -0.3 }, true)]
    [InlineData(new[] { 0.3, -0.3 }, true)]
    [InlineData(new[] { -0.3, 0.3 }, false)]
    [InlineData(new[] { 0.0, 0.3, 0.3 }, false)]
    [InlineData(new[] { 0.1, 0.2, -0.2, -0.1 }, false)]
    [InlineData(new[] { 0.02, 0.02, 0.02 }, false)]
    public void Turns_must_reach_the_yaw_in_the_prompted_order(double[] yaws, bool follows) =>
        Assert.Equal(follows, MovementCheck.Follows(yaws, LeftThenRight, new LivenessOptions()));

    [Fact]
    public void A_frontal_start_is_required_only_when_asked()
    {
        double[] yaws = [-0.4, 0.3, -0.3];
        Assert.True(MovementCheck.Follows(yaws, LeftThenRight, new LivenessOptions()));
        Assert.False(MovementCheck.Follows(yaws, LeftThenRight, new LivenessOptions { RequireFrontalStart = true }));
        Assert.True(MovementCheck.Follows([0.1, 0.3, -0.3], LeftThenRight, new LivenessOptions { RequireFrontalStart = true }));
    }

    [Fact]
    public void One_frame_completes_at_most_one_turn()
    {
        HeadMovement[] leftTwice = [HeadMovement.TurnLeft, HeadMovement.TurnLeft];
        Assert.False(MovementCheck.Follows([0.5], leftTwice, new LivenessOptions()));
        Assert.True(MovementCheck.Follows([0.5, 0.5], leftTwice, new LivenessOptions()));
    }
}
