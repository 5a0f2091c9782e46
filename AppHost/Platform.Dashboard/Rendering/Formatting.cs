using System.Globalization;

namespace Platform.Dashboard.Rendering;

/// <summary>How times, durations and numbers read on the pages.</summary>
public static class Formatting
{
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToLocalTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) : "";

    public static string DateTime(DateTimeOffset? time) =>
        time is { } t ? t.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";

    public static string Duration(TimeSpan duration) => duration.TotalMilliseconds switch
    {
        < 1 => $"{duration.TotalMicroseconds.ToString("0", CultureInfo.InvariantCulture)} µs",
        < 1000 => $"{duration.TotalMilliseconds.ToString("0.##", CultureInfo.InvariantCulture)} ms",
        < 60_000 => $"{duration.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)} s",
        _ => $"{(int)duration.TotalMinutes} min {duration.Seconds} s",
    };

    public static string Number(double? value) => value switch
    {
        null => "–",
        { } v when Math.Abs(v) >= 1e6 => v.ToString("0.###e0", CultureInfo.InvariantCulture),
        { } v when Math.Abs(v) >= 100 => v.ToString("#,0.#", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.####", CultureInfo.InvariantCulture),
    };

    public static string Percent(double fraction) => (fraction * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>A stable colour per service, so a service looks the same on every page.</summary>
    public static string ServiceColour(string service)
    {
        string[] palette = ["#2563eb", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#c026d3", "#65a30d", "#d97706", "#0d9488", "#4f46e5"];
        var hash = 0u;
        foreach (var c in service)
        {
            hash = hash * 31 + c;
        }
        return palette[hash % palette.Length];
    }
}
