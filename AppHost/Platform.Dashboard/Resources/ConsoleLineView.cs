namespace Platform.Dashboard.Resources;

public sealed record ConsoleLineView(long LineNumber, DateTimeOffset Timestamp, string Text, bool IsErrorStream);
