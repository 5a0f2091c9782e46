using System.Globalization;

namespace Platform.Credit.Domain;

/// <summary>Local days, statement dates and due dates in the line's time zone (a fixed offset from UTC).</summary>
public sealed class CreditCalendar(TimeSpan utcOffset)
{
    private const string DayIdFormat = "yyyyMMdd";

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(utcOffset).DateTime);

    /// <summary>The local day as yyyymmdd: the key of daily totals.</summary>
    public string DayId(DateTimeOffset instant) => LocalDate(instant).ToString(DayIdFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDayId(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DayIdFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Local midnight at the start of <paramref name="date"/>.</summary>
    public DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), utcOffset);

    /// <summary>The first statement date strictly after <paramref name="date"/>.</summary>
    public static DateOnly NextStatementDate(DateOnly date, int statementDay)
    {
        var candidate = new DateOnly(date.Year, date.Month, statementDay);
        return candidate > date ? candidate : candidate.AddMonths(1);
    }
}
