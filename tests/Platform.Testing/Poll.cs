using System.Diagnostics;

namespace Platform.Testing;

/// <summary>Waits for a condition by polling it, instead of sleeping for a guessed time.</summary>
public static class Poll
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(25);

    /// <summary>Polls <paramref name="condition"/> until it holds; throws <see cref="TimeoutException"/> naming <paramref name="what"/>.</summary>
    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what, TimeSpan? interval = null) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, what, interval);

    /// <summary>Polls an asynchronous condition until it holds; exceptions thrown by the condition count as "not yet".</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, TimeSpan? interval = null)
    {
        var started = Stopwatch.StartNew();
        Exception? lastError = null;
        while (true)
        {
            try
            {
                if (await condition().ConfigureAwait(false))
                {
                    return;
                }
                lastError = null;
            }
            catch (Exception ex)
            {
                lastError = ex;
            }

            if (started.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {what}.", lastError);
            }
            await Task.Delay(interval ?? DefaultInterval).ConfigureAwait(false);
        }
    }
}
