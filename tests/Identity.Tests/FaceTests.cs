using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class FaceTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Enrolment_needs_a_face_enrolment_ticket()
    {
        var user = await fixture.RegisterAsync();
        var request = new EnrollFaceRequest { UserId = user.UserId, Ticket = "tk_made-up" };
        request.Descriptor_.Add(RandomDescriptor());
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.EnrollFaceAsync(request, fixture.Callers.User(user.UserId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.False((await StatusAsync(user)).FaceEnrolled);

        var enrolment = await fixture.EnrolFaceAsync(user, RandomDescriptor());
        Assert.True(enrolment.Enrolled);
        Assert.Equal("k1", enrolment.KeyId);
        Assert.True((await StatusAsync(user)).FaceEnrolled);
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(0.59, true)]
    [InlineData(0.61, false)]
    [InlineData(1.5, false)]
    public async Task A_probe_matches_when_its_distance_to_the_template_is_within_the_threshold(double distance, bool matches)
    {
        var (user, face) = await EnrolledUserAsync();
        var verification = await BeginFaceAsync(user);

        var result = await fixture.VerifyFaceAsync(user, verification.VerificationId, AtDistance(face, distance));

        Assert.Equal(matches, result.Success);
        Assert.Equal(matches ? "" : "mismatch", result.Reason);
        Assert.Equal(matches, result.Verification.Ticket.Length > 0);
    }

    [Fact]
    public async Task A_session_is_single_use_and_expires_after_three_minutes()
    {
        var (user, face) = await EnrolledUserAsync();
        var verification = await BeginFaceAsync(user, [Factor.Face, Factor.PaymentPassword]);

        var session = await fixture.StartFaceSessionAsync(user, verification.VerificationId);
        Assert.Equal(16, session.Nonce.Length);
        Assert.NotEmpty(session.Prompt);
        Assert.InRange(session.ExpiresAt.ToDateTimeOffset() - fixture.Time.GetUtcNow(), TimeSpan.FromMinutes(2.9), TimeSpan.FromMinutes(3));
        Assert.True((await fixture.VerifyFaceAsync(user, verification.VerificationId, face, session.SessionId)).Success);
        Assert.Equal("replayed", (await fixture.VerifyFaceAsync(user, verification.VerificationId, face, session.SessionId)).Reason);

        var other = await BeginFaceAsync(user);
        var late = await fixture.StartFaceSessionAsync(user, other.VerificationId);
        fixture.Time.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        Assert.Equal("expired", (await fixture.VerifyFaceAsync(user, other.VerificationId, face, late.SessionId)).Reason);
    }

    [Fact]
    public async Task Five_failures_start_a_cool_down_and_ten_disable_face_until_it_is_enrolled_again()
    {
        var (user, face) = await EnrolledUserAsync();
        var stranger = RandomDescriptor();

        for (var i = 1; i <= 5; i++)
        {
            var result = await fixture.VerifyFaceAsync(user, (await BeginFaceAsync(user)).VerificationId, stranger);
            Assert.Equal(i < 5 ? "mismatch" : "locked", result.Reason);
        }
        var coolingDown = await fixture.VerifyFaceAsync(user, (await BeginFaceAsync(user)).VerificationId, face);
        Assert.Equal("locked", coolingDown.Reason);

        fixture.Time.Advance(TimeSpan.FromMinutes(6));
        for (var i = 1; i <= 5; i++)
        {
            var result = await fixture.VerifyFaceAsync(user, (await BeginFaceAsync(user)).VerificationId, stranger);
            Assert.Equal(i < 5 ? "mismatch" : "disabled", result.Reason);
        }
        Assert.True((await StatusAsync(user)).FaceDisabled);
        var refused = await Assert.ThrowsAsync<RpcException>(() => BeginFaceAsync(user));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);

        await fixture.EnrolFaceAsync(user, face);
        Assert.False((await StatusAsync(user)).FaceDisabled);
        Assert.True((await fixture.VerifyFaceAsync(user, (await BeginFaceAsync(user)).VerificationId, face)).Success);
    }

    [Fact]
    public async Task Descriptors_must_be_128_finite_numbers()
    {
        var (user, face) = await EnrolledUserAsync();
        var verification = await BeginFaceAsync(user);
        float[][] bad = [face[..127], [.. face, 0f], [], face.Select((x, i) => i == 7 ? float.NaN : x).ToArray(), face.Select((x, i) => i == 9 ? float.PositiveInfinity : x).ToArray()];
        foreach (var probe in bad)
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => fixture.VerifyFaceAsync(user, verification.VerificationId, probe));
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Contains("descriptor", error.Status.Detail);
        }
        // None of them cost an attempt or used the verification up.
        Assert.True((await fixture.VerifyFaceAsync(user, verification.VerificationId, face)).Success);
    }

    [Fact]
    public async Task A_template_that_cannot_be_opened_fails_the_call_without_charging_the_user_an_attempt()
    {
        var (user, face) = await EnrolledUserAsync();
        var key = $"identity:{{u:{user.UserId}}}:face";
        await fixture.RedisClient.ExecuteAsync("HSET", key, "ciphertext", new byte[512]);

        var verification = await BeginFaceAsync(user);
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.VerifyFaceAsync(user, verification.VerificationId, face));

        Assert.NotEqual(StatusCode.OK, error.StatusCode);
        var failures = await fixture.RedisClient.ExecuteAsync("HGET", $"identity:{{u:{user.UserId}}}:limiter:face", "failures");
        Assert.Equal(0, failures.IsNull ? 0 : failures.AsInt64());
        Assert.True((await StatusAsync(user)).FaceEnrolled);
    }

    private async Task<(TestUser User, float[] Face)> EnrolledUserAsync()
    {
        var user = await fixture.RegisterAsync();
        var face = RandomDescriptor();
        await fixture.EnrolFaceAsync(user, face);
        return (user, face);
    }

    private Task<Verification> BeginFaceAsync(TestUser user, Factor[]? factors = null) =>
        fixture.BeginAsync(user, "withdrawal", factors ?? [Factor.Face], "op-" + Guid.NewGuid(), 10_000);

    private async Task<SecurityStatus> StatusAsync(TestUser user) =>
        await fixture.Client.GetSecurityStatusAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
}
