using Microsoft.Extensions.Logging;

namespace Platform.Dashboard.Telemetry;

/// <summary>What the structured-log view asks for; every part is optional.</summary>
public sealed record LogFilter(string? Resource = null, LogLevel? MinimumLevel = null, string? Text = null, string? TraceId = null)
{
    public bool Matches(LogEntry entry) =>
        entry.Source.Matches(Resource) &&
        (MinimumLevel is null || entry.Level >= MinimumLevel) &&
        (string.IsNullOrEmpty(TraceId) || entry.TraceId == TraceId) &&
        (string.IsNullOrEmpty(Text) ||
         entry.Message.Contains(Text, StringComparison.OrdinalIgnoreCase) ||
         entry.Scope.Contains(Text, StringComparison.OrdinalIgnoreCase) ||
         entry.Attributes.ContainsText(Text));
}
