namespace Platform.Hosting;

/// <summary>Runs an action once, on dispose.</summary>
internal sealed class InterceptionScope(Action end) : IDisposable
{
    private Action? _end = end;

    public void Dispose() => Interlocked.Exchange(ref _end, null)?.Invoke();
}
