namespace Platform.Gateway.Endpoints.Admin;

public enum CaseResolution
{
    Approve,
    Decline,
}
