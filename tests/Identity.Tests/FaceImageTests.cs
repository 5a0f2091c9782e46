using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.FaceEngine.Testing;
using Platform.Identity.Storage;
using Platform.Redis;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

/// <summary>
/// Faces as images, on an identity that refuses device-computed descriptors: enrolment from photos and verification
/// from the frames of a head-movement challenge, run through the real face engine on face-api's demo photos.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class FaceImageTests(IdentityFixture fixture)
{
    private IdentityClient Identity => fixture.ImagesOnlyClient;

    [Fact]
    public async Task A_face_is_enrolled_from_a_photo_and_only_its_sealed_template_is_kept()
    {
        var user = await fixture.RegisterAsync();

        var enrolment = await EnrolAsync(user, DemoFaces.RegionPng(DemoFaces.Turning));

        Assert.True(enrolment.Enrolled);
        var stored = await fixture.RedisClient.HGetAllAsync(IdentityKeys.Face(user.UserId));
        Assert.Equal(["ciphertext", "enrolled_ms", "key_id", "nonce", "tag"], stored.Keys.Order());
        Assert.Equal(128 * sizeof(float), stored["ciphertext"].Length);
        Assert.True((await StatusAsync(user)).FaceEnrolled);
    }

    [Fact]
    public async Task Enrolment_photos_must_each_show_one_face_of_one_person_and_a_refused_photo_costs_no_ticket()
    {
        var user = await fixture.RegisterAsync();
        var ticket = await fixture.TicketForAsync(user, "face_enrolment");

        var crowd = await RefusedEnrolmentAsync(user, ticket, DemoFaces.Sample1Jpeg);
        Assert.Equal("images[0] must show exactly one face (found 3)", crowd.Status.Detail);
        var strangers = await RefusedEnrolmentAsync(user, ticket, DemoFaces.RegionPng(0), DemoFaces.RegionPng(1));
        Assert.Equal("images[1] must show the same person as images[0]", strangers.Status.Detail);
        Assert.False((await StatusAsync(user)).FaceEnrolled);

        var enrolment = await EnrolAsync(user, ticket, DemoFaces.TurnedRightPng, DemoFaces.TurnedLeftPng);
        Assert.True(enrolment.Enrolled);
    }

    public static TheoryData<string, byte[][], string> BadUploads => new()
    {
        { "empty", [[]], "images[0] is empty" },
        { "text", [Encoding.UTF8.GetBytes("this is not a picture")], "images[0] is not a usable PNG or JPEG image" },
        { "truncated", [DemoFaces.Sample1Jpeg[..5000]], "images[0] is not a usable PNG or JPEG image" },
        { "absurd size", [PngEncoder.HeaderOnly(100_000, 100_000)], "images[0] is not a usable PNG or JPEG image" },
        { "too many pixels", [PngEncoder.Encode(Pictures.Blank(2100, 2000))], "images[0] is not a usable PNG or JPEG image" },
        { "too many bytes", [new byte[(2 * 1024 * 1024) + 1]], "images[0] must be at most 2097152 bytes" },
        { "too many photos", [.. Enumerable.Repeat(DemoFaces.TurnedRightPng, 4)], "images must hold at most 3 images" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Bad_uploads_are_refused_naming_the_image_and_change_nothing(string name, byte[][] images, string message)
    {
        var user = await fixture.RegisterAsync();
        var ticket = await fixture.TicketForAsync(user, "face_enrolment");

        var error = await RefusedEnrolmentAsync(user, ticket, images);

        Assert.StartsWith(message, error.Status.Detail);
        Assert.False((await StatusAsync(user)).FaceEnrolled, name);
        Assert.True((await EnrolAsync(user, ticket, DemoFaces.TurnedRightPng)).Enrolled, "the ticket is still good");
    }

    [Fact]
    public async Task Device_computed_descriptors_are_refused_where_only_images_are_accepted()
    {
        var user = await fixture.RegisterAsync();
        var request = new EnrollFaceRequest { UserId = user.UserId, Ticket = await fixture.TicketForAsync(user, "face_enrolment") };
        request.Descriptor_.Add(RandomDescriptor());

        var error = await Assert.ThrowsAsync<RpcException>(() => Identity.EnrollFaceAsync(request, fixture.Callers.User(user.UserId), Deadline).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("descriptor is not accepted here", error.Status.Detail);
    }

    [Fact]
    public async Task Frames_turning_as_prompted_with_the_enrolled_face_pass()
    {
        var user = await EnrolledUserAsync();
        var verification = await BeginFaceAsync(user);
        var session = await StartSessionAsync(user, verification);
        Assert.Contains(session.Prompt, new[] { "turn_left_then_right", "turn_right_then_left" });

        var result = await VerifyAsync(user, verification, session, DemoFaces.Performing(session.Prompt));

        Assert.True(result.Success, result.Reason);
        Assert.NotEmpty(result.Verification.Ticket);
    }

    [Fact]
    public async Task A_still_photo_replayed_as_every_frame_fails_and_so_do_turns_in_the_wrong_order()
    {
        var user = await EnrolledUserAsync();

        var still = await VerifyAsync(user, [DemoFaces.TurnedRightPng, DemoFaces.TurnedRightPng, DemoFaces.TurnedRightPng]);
        Assert.False(still.Success);
        Assert.Equal("movement_not_followed", still.Reason);

        var verification = await BeginFaceAsync(user);
        var session = await StartSessionAsync(user, verification);
        var reversed = await VerifyAsync(user, verification, session, [.. DemoFaces.Performing(session.Prompt).Reverse()]);
        Assert.Equal("movement_not_followed", reversed.Reason);
    }

    [Fact]
    public async Task Frames_of_someone_else_with_no_face_or_with_two_faces_fail_and_count_as_attempts()
    {
        var user = await fixture.RegisterAsync();
        await EnrolAsync(user, DemoFaces.RegionPng(0));

        var stranger = await VerifyAsync(user, [DemoFaces.TurnedLeftPng, DemoFaces.TurnedRightPng]);
        Assert.Equal("mismatch", stranger.Reason);
        var empty = await VerifyAsync(user, [PngEncoder.Encode(Pictures.Blank(320, 240))]);
        Assert.Equal("no_face", empty.Reason);
        var pair = PngEncoder.Encode(Pictures.SideBySide(DemoFaces.Region(0), DemoFaces.Region(0)));
        var crowd = await VerifyAsync(user, [pair]);
        Assert.Equal("several_faces", crowd.Reason);
        Assert.Equal(2, crowd.AttemptsLeft);
    }

    [Fact]
    public async Task An_undecodable_frame_is_refused_before_the_session_is_used()
    {
        var user = await EnrolledUserAsync();
        var verification = await BeginFaceAsync(user);
        var session = await StartSessionAsync(user, verification);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            VerifyAsync(user, verification, session, [DemoFaces.TurnedLeftPng, DemoFaces.Sample1Jpeg[..300]]));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("frames[1] is not a usable PNG or JPEG image: JPEG:", error.Status.Detail);

        var result = await VerifyAsync(user, verification, session, DemoFaces.Performing(session.Prompt));
        Assert.True(result.Success, result.Reason);
    }

    private async Task<TestUser> EnrolledUserAsync()
    {
        var user = await fixture.RegisterAsync();
        await EnrolAsync(user, DemoFaces.RegionPng(DemoFaces.Turning));
        return user;
    }

    private async Task<FaceEnrollment> EnrolAsync(TestUser user, params byte[][] images) =>
        await EnrolAsync(user, await fixture.TicketForAsync(user, "face_enrolment"), images);

    private async Task<FaceEnrollment> EnrolAsync(TestUser user, string ticket, params byte[][] images)
    {
        var request = new EnrollFaceRequest { UserId = user.UserId, Ticket = ticket };
        request.Images.Add(images.Select(ByteString.CopyFrom));
        return await Identity.EnrollFaceAsync(request, fixture.Callers.User(user.UserId), Deadline);
    }

    private async Task<RpcException> RefusedEnrolmentAsync(TestUser user, string ticket, params byte[][] images)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => EnrolAsync(user, ticket, images));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        return error;
    }

    private Task<Verification> BeginFaceAsync(TestUser user) =>
        fixture.BeginAsync(user, "withdrawal", [Factor.Face], "op-" + Guid.NewGuid(), 10_000);

    private async Task<FaceSession> StartSessionAsync(TestUser user, Verification verification) =>
        await Identity.StartFaceSessionAsync(
            new StartFaceSessionRequest { UserId = user.UserId, VerificationId = verification.VerificationId }, fixture.Callers.User(user.UserId), Deadline);

    private async Task<FactorResult> VerifyAsync(TestUser user, byte[][] frames)
    {
        var verification = await BeginFaceAsync(user);
        return await VerifyAsync(user, verification, await StartSessionAsync(user, verification), frames);
    }

    private async Task<FactorResult> VerifyAsync(TestUser user, Verification verification, FaceSession session, byte[][] frames)
    {
        var request = new VerifyFaceRequest { UserId = user.UserId, VerificationId = verification.VerificationId, SessionId = session.SessionId };
        request.Frames.Add(frames.Select(ByteString.CopyFrom));
        return await Identity.VerifyFaceAsync(request, fixture.Callers.User(user.UserId), Deadline);
    }

    private async Task<SecurityStatus> StatusAsync(TestUser user) =>
        await Identity.GetSecurityStatusAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
}
