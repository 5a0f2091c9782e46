using Microsoft.Extensions.Options;

namespace Platform.Credit.Domain;

/// <summary>
/// Derives monthly statements from the posted amounts per local day and the total repaid, so bills can never
/// disagree with the ledger. A statement covers [previous statement date, statement date); it is issued once its
/// statement date has begun; repayments settle the oldest bill first.
/// </summary>
public sealed class BillCalculator(CreditCalendar calendar, IOptions<CreditOptions> options)
{
    private readonly CreditOptions _options = options.Value;

    public IReadOnlyList<BillStatement> Compute(
        LineSnapshot line, IReadOnlyDictionary<DateOnly, long> postedByDay, DateTimeOffset now)
    {
        var today = calendar.LocalDate(now);
        var opened = calendar.LocalDate(DateTimeOffset.FromUnixTimeMilliseconds(line.OpenedAtMs));
        List<BillStatement> bills = [];
        var repaidLeft = line.RepaidFen;
        for (var end = CreditCalendar.NextStatementDate(opened, line.StatementDay); end <= today; end = end.AddMonths(1))
        {
            var start = end.AddMonths(-1);
            var statement = postedByDay.Where(day => day.Key >= start && day.Key < end).Sum(day => day.Value);
            var repaid = Math.Min(statement, repaidLeft);
            repaidLeft -= repaid;
            bills.Add(new BillStatement(
                BillId: $"{end.Year:D4}-{end.Month:D2}",
                PeriodStart: calendar.StartOf(start),
                PeriodEnd: calendar.StartOf(end),
                DueAt: calendar.StartOf(end.AddDays(_options.PaymentDueDays + 1)),
                StatementFen: statement,
                MinimumPaymentFen: MinimumPayment(statement),
                RepaidFen: repaid));
        }
        bills.Reverse();
        return bills.Count > _options.BillsListed ? bills[.._options.BillsListed] : bills;
    }

    private long MinimumPayment(long statementFen) =>
        (statementFen * _options.MinimumPaymentPercent + 99) / 100;
}
