using Platform.FaceEngine.Testing;
using Platform.Identity.FaceEngine.Liveness;

namespace FaceEngine.Tests.Liveness;

public class HeadYawTests
{
    // sample1's third face turns clearly (yaw -0.58 in the region cut around it, seen: mirrored +0.54). Its second
    // face turns as far, but the detector does not find its mirror image above 0.5 in its region, so it cannot serve.
    [Fact]
    public void Mirror_flipping_a_turned_face_flips_the_sign_of_its_yaw()
    {
        const int face = 2;
        var region = DemoFaceFrames.Around(face);
        var yaw = HeadYaw.Estimate(Assert.Single(DemoFaceFrames.Pipeline.Value.Describe(region)).Landmarks);
        var mirrored = HeadYaw.Estimate(Assert.Single(DemoFaceFrames.Pipeline.Value.Describe(Pictures.Mirror(region))).Landmarks);

        Assert.True(yaw < -0.25, $"face {face}: yaw {yaw:F3}, a clear turn to the image's left expected");
        Assert.True(mirrored > 0.25, $"face {face}: mirrored yaw {mirrored:F3}");
        Assert.True(Math.Abs(yaw + mirrored) < 0.1, $"face {face}: {yaw:F3} and mirrored {mirrored:F3} differ in size");
    }
}
