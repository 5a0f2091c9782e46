namespace Platform.Gateway.Endpoints.Credit;

/// <summary>The credit line: available = limit − used − held; cash withdrawals also stay within the cash sub-limit.</summary>
public sealed record CreditLineResponse(
    long LimitFen,
    long CashLimitFen,
    long UsedFen,
    long HeldFen,
    long AvailableFen,
    long CashAvailableFen,
    UserLimitsModel UserLimits,
    long WithdrawnTodayFen,
    int StatementDay);
