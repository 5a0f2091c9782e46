using System.Net;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Platform.Contracts.Identity.V1;
using Platform.FaceEngine.Testing;
using Platform.Identity.Domain.Face;
using Platform.Identity.Extensions;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Tests.Infrastructure;
using Platform.Services.Testing;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

/// <summary>What identity does when the face engine cannot take an image: no models installed, or too busy.</summary>
[Collection(IdentityCollection.Name)]
public sealed class FaceEngineAvailabilityTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Without_the_models_images_are_unavailable_health_is_degraded_and_the_rest_works()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-face-models-" + Guid.NewGuid().ToString("N"));
        var configuration = fixture.IdentityConfiguration();
        configuration["Identity:Face:ModelDirectory"] = missing;
        await using var host = await GrpcServiceHost.StartAsync(configuration, fixture.Time,
            builder => builder.AddIdentityServices(),
            app => { app.MapDefaultEndpoints(); app.MapGrpcService<IdentityService>(); });
        var identity = new IdentityClient(host.Channel);
        var user = await fixture.RegisterAsync();

        var request = new EnrollFaceRequest { UserId = user.UserId, Ticket = await fixture.TicketForAsync(user, "face_enrolment") };
        request.Images.Add(ByteString.CopyFrom(DemoFaces.TurnedRightPng));
        var error = await Assert.ThrowsAsync<RpcException>(() => identity.EnrollFaceAsync(request, fixture.Callers.User(user.UserId), Deadline).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Contains("models are not installed", error.Status.Detail);
        using var http = new HttpClient
        {
            BaseAddress = new Uri(host.Address),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact, // the service speaks h2c only
        };
        var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
        var status = await identity.GetSecurityStatusAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
        Assert.False(status.FaceEnrolled);

        // A face check refused for want of models leaves its session for an identity that has them.
        await fixture.ImagesOnlyClient.EnrollFaceAsync(request, fixture.Callers.User(user.UserId), Deadline);
        var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.Face], "op-" + Guid.NewGuid(), 10_000);
        var session = await identity.StartFaceSessionAsync(
            new StartFaceSessionRequest { UserId = user.UserId, VerificationId = verification.VerificationId }, fixture.Callers.User(user.UserId), Deadline);
        var probe = new VerifyFaceRequest { UserId = user.UserId, VerificationId = verification.VerificationId, SessionId = session.SessionId };
        probe.Frames.Add(DemoFaces.Performing(session.Prompt).Select(ByteString.CopyFrom));
        var refused = await Assert.ThrowsAsync<RpcException>(() => identity.VerifyFaceAsync(probe, fixture.Callers.User(user.UserId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        var passed = await fixture.ImagesOnlyClient.VerifyFaceAsync(probe, fixture.Callers.User(user.UserId), Deadline);
        Assert.True(passed.Success, passed.Reason);
    }

    [Fact]
    public async Task Beyond_the_running_and_queued_analyses_requests_are_refused_until_a_slot_frees()
    {
        var slots = new AnalysisSlots(Microsoft.Extensions.Options.Options.Create(new IdentityOptions { Face = { MaxConcurrentAnalyses = 1, MaxQueuedAnalyses = 1 } }));
        var running = await slots.AcquireAsync(CancellationToken.None);
        var queued = slots.AcquireAsync(CancellationToken.None);

        var refused = await Assert.ThrowsAsync<RpcException>(() => slots.AcquireAsync(CancellationToken.None));
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.False(queued.IsCompleted);

        running.Dispose();
        using var next = await queued;
        using var cancel = new CancellationTokenSource();
        var cancelled = slots.AcquireAsync(cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        var afterCancel = slots.AcquireAsync(CancellationToken.None); // the cancelled wait gave its place back
        Assert.False(afterCancel.IsCompleted);
        next.Dispose();
        (await afterCancel).Dispose();
    }
}
