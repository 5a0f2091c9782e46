namespace Aspire.Hosting.ApplicationModel;

/// <summary>One line a replica wrote to stdout or stderr, numbered from 1 per replica.</summary>
public sealed record ConsoleLogLine(long LineNumber, DateTimeOffset Timestamp, string Text, bool IsErrorStream);
