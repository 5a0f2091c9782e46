namespace Platform.Dashboard.Telemetry;

/// <summary>
/// Tells open pages what changed, by topic: "resources", "console", "logs", "traces", "metrics". Pages re-render
/// when a topic they show changes; the server coalesces bursts.
/// </summary>
public sealed class ChangeFeed
{
    public const string Resources = "resources";
    public const string Console = "console";
    public const string Logs = "logs";
    public const string Traces = "traces";
    public const string Metrics = "metrics";

    public event Action<string>? Changed;

    public void Notify(string topic) => Changed?.Invoke(topic);
}
