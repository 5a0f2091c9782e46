using Platform.EndToEnd.Tests.Infrastructure;
using Platform.FaceEngine.Testing;
using Platform.Gateway.Client;

namespace Platform.EndToEnd.Tests;

/// <summary>
/// The face as the phone's camera sees it, through the gateway into identity's face engine (with the weights the
/// app host's identity finds in its own folder): an enrolment photo, then the frames of the head-turn challenge,
/// as base64 in JSON and as multipart/form-data files.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FaceImageTests(PlatformStack stack)
{
    [Fact]
    public async Task Frames_turning_as_prompted_pass_the_face_check_and_the_money_arrives()
    {
        using var user = await stack.Driver.ReadyUserAsync(camera: new FaceCamera([DemoFaces.TurnedRightPng], DemoFaces.Performing));

        var created = (await user.StartWithdrawalAsync(300_000)).Expect(202);
        Assert.Equal(["face"], created.Find("requiredFactors")!.AsArray().Select(f => f!.GetValue<string>()));
        await user.VerifyAndConfirmAsync(created);

        Assert.Equal("completed", (await Eventually.FinalAsync(user, created.Str("withdrawalId")!)).Str("status"));
    }

    [Fact]
    public async Task A_still_photo_held_up_to_the_camera_fails_the_face_check()
    {
        var still = new FaceCamera([DemoFaces.TurnedRightPng], _ => [DemoFaces.TurnedRightPng, DemoFaces.TurnedRightPng]) { SendsForms = true };
        using var user = await stack.Driver.ReadyUserAsync(camera: still);
        var created = (await user.StartWithdrawalAsync(300_000)).Expect(202);

        var result = (await user.ProveFactorAsync(created.Str("verificationId")!, "face")).Expect(422);

        Assert.Equal("movement_not_followed", result.Str("reason"));
    }
}
