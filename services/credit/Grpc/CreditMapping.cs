using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Credit.V1;
using Platform.Credit.Domain;

namespace Platform.Credit.Grpc;

/// <summary>Domain snapshots to contract messages.</summary>
public static class CreditMapping
{
    public static CreditLine ToContract(this LineSnapshot line, string userId) => new()
    {
        UserId = userId,
        LimitFen = line.LimitFen,
        CashLimitFen = line.CashLimitFen,
        UsedFen = line.UsedFen,
        HeldFen = line.HeldFen,
        AvailableFen = line.AvailableFen,
        CashAvailableFen = line.CashAvailableFen,
        UserLimits = new UserLimits { SingleTransactionFen = line.SingleLimitFen, DailyFen = line.DailyLimitFen },
        WithdrawnTodayFen = line.ReservedTodayFen,
        StatementDay = line.StatementDay,
    };

    public static Hold ToContract(this HoldSnapshot hold, string userId, string operationId, LineSnapshot line) => new()
    {
        UserId = userId,
        OperationId = operationId,
        AmountFen = hold.AmountFen,
        State = hold.Status switch
        {
            HoldStatus.Pending => HoldState.Pending,
            HoldStatus.Posted => HoldState.Posted,
            HoldStatus.Voided => HoldState.Voided,
            _ => HoldState.Expired,
        },
        CreatedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(hold.CreatedAtMs)),
        ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(hold.ExpiresAtMs)),
        Line = line.ToContract(userId),
    };

    public static LedgerEntry ToContract(this LedgerRecord entry) => new()
    {
        EntryId = entry.EntryId,
        OperationId = entry.OperationId,
        DebitAccount = entry.DebitAccount,
        CreditAccount = entry.CreditAccount,
        AmountFen = entry.AmountFen,
        Kind = entry.Kind,
        At = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(entry.AtMs)),
    };

    public static Bill ToContract(this BillStatement bill) => new()
    {
        BillId = bill.BillId,
        PeriodStart = Timestamp.FromDateTimeOffset(bill.PeriodStart),
        PeriodEnd = Timestamp.FromDateTimeOffset(bill.PeriodEnd),
        DueAt = Timestamp.FromDateTimeOffset(bill.DueAt),
        StatementFen = bill.StatementFen,
        MinimumPaymentFen = bill.MinimumPaymentFen,
        RepaidFen = bill.RepaidFen,
    };
}
