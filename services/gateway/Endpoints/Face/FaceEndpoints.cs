using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Identity.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Common;
using Platform.Gateway.RateLimiting;

namespace Platform.Gateway.Endpoints.Face;

/// <summary>Face enrolment; face checks themselves are factors of a verification.</summary>
public static class FaceEndpoints
{
    public static RouteGroupBuilder MapFaceEndpoints(this RouteGroupBuilder api, FaceUploadLimit uploadLimit)
    {
        api.MapGroup("/face").WithTags("Face")
            .MapPut("/enrolment", EnrollAsync)
            .WithMetadata(uploadLimit)
            .RequireRateLimiting(RateLimitPolicies.Credentials);
        return api;
    }

    private static async Task<Ok<FaceEnrollmentResponse>> EnrollAsync(
        EnrollFaceBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var request = new EnrollFaceRequest { UserId = http.User.UserId(), Ticket = body.Ticket };
        if (body.Descriptor is not null) request.Descriptor_.Add(body.Descriptor);
        ImageBytes.AddTo(request.Images, body.Images);
        var enrollment = await identity.EnrollFaceAsync(request, calls.ForFaceAnalysis(http));
        return TypedResults.Ok(new FaceEnrollmentResponse(enrollment.Enrolled, enrollment.EnrolledAt.ToApi()));
    }
}
