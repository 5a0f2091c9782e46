namespace Platform.Dashboard.Components.Shared;

/// <summary>One line of a <see cref="MetricChart"/>: a label, a colour, and points where null means "no value here".</summary>
public sealed record ChartLine(string Label, string Colour, IReadOnlyList<(DateTimeOffset Time, double? Value)> Points);
