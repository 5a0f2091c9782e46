using System.Collections.Concurrent;
using System.Text;

namespace AppHost.Tests.Infrastructure;

/// <summary>Collects a child process's stdout and stderr as they come.</summary>
public sealed class ProcessOutput
{
    private readonly StringBuilder _text = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public ProcessOutput(System.Diagnostics.Process process)
    {
        Completed = Task.WhenAll(
            PumpAsync(process.StandardOutput, line => { lock (_text) _text.AppendLine(line); }),
            PumpAsync(process.StandardError, line => { _errors.Enqueue(line); lock (_text) _text.AppendLine(line); }));
    }

    public Task Completed { get; }

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public IReadOnlyList<string> ErrorLines => [.. _errors];

    private static async Task PumpAsync(StreamReader reader, Action<string> onLine)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            onLine(line);
        }
    }
}
