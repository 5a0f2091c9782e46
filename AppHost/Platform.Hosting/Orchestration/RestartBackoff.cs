namespace Platform.Hosting.Orchestration;

/// <summary>Delays between restarts of a crashing process: 1 s, 2 s, 4 s ... up to 30 s; reset after a stable run.</summary>
internal sealed class RestartBackoff
{
    public static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Maximum = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan StableRun = TimeSpan.FromSeconds(60);

    private TimeSpan _next = Initial;

    public TimeSpan Next()
    {
        var delay = _next;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, Maximum.Ticks));
        return delay;
    }

    /// <summary>Called when a process exits: if it ran long enough, the next crash counts as a first one again.</summary>
    public void OnExit(TimeSpan ranFor)
    {
        if (ranFor >= StableRun)
        {
            _next = Initial;
        }
    }
}
