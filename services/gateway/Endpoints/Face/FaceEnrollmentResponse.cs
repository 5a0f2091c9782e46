namespace Platform.Gateway.Endpoints.Face;

public sealed record FaceEnrollmentResponse(bool Enrolled, DateTimeOffset? EnrolledAt);
