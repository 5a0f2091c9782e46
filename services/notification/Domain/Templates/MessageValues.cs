using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace Platform.Notification.Domain.Templates;

/// <summary>How amounts and times read in each locale.</summary>
public static class MessageValues
{
    /// <summary>Fen as yuan: "1,234.56 元" or "CNY 1,234.56".</summary>
    public static string Amount(long fen, string locale)
    {
        var yuan = (fen / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);
        return locale == Locales.English ? "CNY " + yuan : yuan + " 元";
    }

    /// <summary>A moment at the display offset: "2026-11-22 16:05 (UTC+8)".</summary>
    public static string Time(Timestamp? at, TimeSpan offset, DateTimeOffset fallback)
    {
        var moment = (at?.ToDateTimeOffset() ?? fallback).ToOffset(offset);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var zone = offset.Minutes == 0
            ? $"UTC{sign}{Math.Abs(offset.Hours)}"
            : $"UTC{sign}{offset.Duration():hh\\:mm}";
        return moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({zone})";
    }
}
