using Platform.Contracts.Risk.V1;

namespace Platform.Risk.Domain;

/// <summary>Decision names as they appear in alerts and metrics.</summary>
public static class Decisions
{
    public const string ReviewApproved = "review_approved";
    public const string ReviewDeclined = "review_declined";
    public const string Report = "report";

    public static string Name(Decision decision) => decision switch
    {
        Decision.Approve => "approve",
        Decision.StepUp => "step_up",
        Decision.Review => "review",
        Decision.Decline => "decline",
        _ => "unspecified",
    };
}
