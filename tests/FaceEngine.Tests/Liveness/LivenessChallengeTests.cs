using Platform.FaceEngine.Testing;
using FaceEngine.Tests.Imaging;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Liveness;

namespace FaceEngine.Tests.Liveness;

/// <summary>
/// Challenges built from sample1's third face cut out of the photo (yaw about −0.58, a turn to the person's right) and
/// its mirror image (about +0.54, a turn to the left), enrolled from the whole photo.
/// </summary>
public class LivenessChallengeTests
{
    private const int Person = 2;
    private const int SomeoneElse = 1;
    private static readonly HeadMovement[] LeftThenRight = [HeadMovement.TurnLeft, HeadMovement.TurnRight];

    private static readonly Lazy<(RgbImage Face, RgbImage Mirrored)> Frames = new(() =>
    {
        var face = DemoFaceFrames.Around(Person);
        return (face, Pictures.Mirror(face));
    });

    private static LivenessChallenge Challenge => new(DemoFaceFrames.Pipeline.Value);

    [Fact]
    public void A_turn_left_then_right_by_the_enrolled_face_passes()
    {
        var (face, mirrored) = Frames.Value;

        // The mirror image's descriptor stays within the threshold (seen: 0.25 from the enrolled one, 0.11 for the face itself).
        var result = Challenge.Verify(LeftThenRight, DemoFaceFrames.Enrolled(Person), [face, mirrored, face]);

        Assert.True(result.Passed, result.Detail);
        Assert.True(result.Yaws[0] < -0.25 && result.Yaws[1] > 0.25, result.Detail);
    }

    [Fact]
    public void The_same_movement_against_someone_elses_template_fails_as_not_the_same_face()
    {
        var (face, mirrored) = Frames.Value;

        var result = Challenge.Verify(LeftThenRight, DemoFaceFrames.Enrolled(SomeoneElse), [mirrored, face]);

        Assert.Equal(LivenessOutcome.NotTheSameFace, result.Outcome);
        Assert.Equal(0, result.Frame);
    }

    [Fact]
    public void A_still_photo_replayed_as_every_frame_fails_as_movement_not_followed()
    {
        var (face, _) = Frames.Value;

        var result = Challenge.Verify(LeftThenRight, DemoFaceFrames.Enrolled(Person), [face, face, face, face]);

        Assert.Equal(LivenessOutcome.MovementNotFollowed, result.Outcome);
        Assert.Equal(4, result.Yaws.Count);
    }

    [Fact]
    public void The_movement_in_the_wrong_order_fails()
    {
        var (face, mirrored) = Frames.Value;

        var result = Challenge.Verify(LeftThenRight, DemoFaceFrames.Enrolled(Person), [face, mirrored]);

        Assert.Equal(LivenessOutcome.MovementNotFollowed, result.Outcome);
    }

    [Fact]
    public void A_frame_without_a_face_fails_as_no_face()
    {
        var (face, _) = Frames.Value;
        var noFace = new RgbImage(200, 160, TestPictures.Make(200, 160, seed: 6));

        var result = Challenge.Verify(LeftThenRight, DemoFaceFrames.Enrolled(Person), [face, noFace]);

        Assert.Equal(LivenessOutcome.NoFace, result.Outcome);
        Assert.Equal(1, result.Frame);
    }

    [Fact]
    public void A_frame_with_two_faces_fails_as_several_faces()
    {
        var (face, mirrored) = Frames.Value;

        var result = Challenge.Verify(LeftThenRight, DemoFaceFrames.Enrolled(Person), [Pictures.SideBySide(face, mirrored)]);

        Assert.Equal(LivenessOutcome.SeveralFaces, result.Outcome);
        Assert.Equal(0, result.Frame);
    }
}
