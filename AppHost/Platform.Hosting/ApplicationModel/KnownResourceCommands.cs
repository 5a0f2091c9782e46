namespace Aspire.Hosting.ApplicationModel;

/// <summary>Commands the dashboard (or a test) can run on a replica, named as in Aspire.</summary>
public static class KnownResourceCommands
{
    public const string Start = "resource-start";
    public const string Stop = "resource-stop";
    public const string Restart = "resource-restart";

    public static readonly IReadOnlyList<string> All = [Start, Stop, Restart];
}
