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
        var face = api.MapGroup("/face").WithTags("Face").WithMetadata(uploadLimit).RequireRateLimiting(RateLimitPolicies.Credentials);
        face.MapPut("/enrolment", EnrollAsync);
        // The same route for multipart/form-data (routing picks by Content-Type); a bearer token, so no antiforgery.
        face.MapPut("/enrolment", EnrollFormAsync).Accepts<IFormFileCollection>(FaceUploadForm.ContentType).DisableAntiforgery()
            .ExcludeFromDescription();
        return api;
    }

    private static async Task<IResult> EnrollFormAsync(HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var ticket = FaceUploadForm.Field(form, "ticket", 512, out var problem);
        if (problem is not null) return problem;
        var request = new EnrollFaceRequest { UserId = http.User.UserId(), Ticket = ticket };
        await FaceUploadForm.AddFilesAsync(form, "images", request.Images, http.RequestAborted);
        var enrollment = await identity.EnrollFaceAsync(request, calls.ForFaceAnalysis(http));
        return TypedResults.Ok(new FaceEnrollmentResponse(enrollment.Enrolled, enrollment.EnrolledAt.ToApi()));
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
