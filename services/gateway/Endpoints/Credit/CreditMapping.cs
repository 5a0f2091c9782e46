using Platform.Contracts.Credit.V1;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Credit;

public static class CreditMapping
{
    public static CreditLineResponse ToResponse(this CreditLine line) => new(
        line.LimitFen,
        line.CashLimitFen,
        line.UsedFen,
        line.HeldFen,
        line.AvailableFen,
        line.CashAvailableFen,
        new UserLimitsModel(line.UserLimits?.SingleTransactionFen ?? 0, line.UserLimits?.DailyFen ?? 0),
        line.WithdrawnTodayFen,
        line.StatementDay);

    public static LedgerEntryResponse ToResponse(this LedgerEntry entry) => new(
        entry.EntryId, entry.OperationId, entry.DebitAccount, entry.CreditAccount, entry.AmountFen, entry.Kind, entry.At.ToApi());

    public static BillResponse ToResponse(this Bill bill) => new(
        bill.BillId,
        bill.PeriodStart.ToApi(),
        bill.PeriodEnd.ToApi(),
        bill.DueAt.ToApi(),
        bill.StatementFen,
        bill.MinimumPaymentFen,
        bill.RepaidFen);
}
