namespace Aspire.Hosting.ApplicationModel;

/// <summary>The states a resource replica goes through, named as in Aspire's dashboard.</summary>
public static class KnownResourceStates
{
    public const string NotStarted = "NotStarted";
    public const string Waiting = "Waiting";
    public const string Starting = "Starting";
    public const string Running = "Running";
    public const string Stopping = "Stopping";
    public const string Exited = "Exited";
    public const string FailedToStart = "FailedToStart";

    /// <summary>Exited on its own; starts again after a back-off delay.</summary>
    public const string Restarting = "Restarting";

    public static bool IsActive(string state) => state is Starting or Running or Stopping;
}
