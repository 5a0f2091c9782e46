using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Identity.V1;
using Platform.Credit.Domain;
using static Platform.Credit.Grpc.CreditErrors;

namespace Platform.Credit.Grpc;

/// <summary>Checks every field before anything is touched; a bad request names the field and changes nothing.</summary>
public sealed partial class CreditRequestValidator(IOptions<CreditOptions> options)
{
    private const int MaxReasonLength = 200;
    private readonly CreditOptions _options = options.Value;

    public void OpenLine(OpenLineRequest request, bool byOperator)
    {
        UserId(request.UserId);
        var max = byOperator ? _options.MaxLimitFen : _options.SelfServiceMaxLimitFen;
        if (request.LimitFen <= 0) throw InvalidArgument("limit_fen must be positive");
        if (request.LimitFen > max)
            throw InvalidArgument($"limit_fen must be at most {max} for this caller{(byOperator ? "" : " (self-service onboarding)")}");
        if (request.CashLimitFen <= 0) throw InvalidArgument("cash_limit_fen must be positive");
        if (request.CashLimitFen > request.LimitFen) throw InvalidArgument("cash_limit_fen must be at most limit_fen");
        if (request.StatementDay is < 1 or > 28) throw InvalidArgument("statement_day must be between 1 and 28");
    }

    public LimitCap Reserve(ReserveRequest request)
    {
        UserId(request.UserId);
        OperationId(request.OperationId);
        if (request.AmountFen <= 0) throw InvalidArgument("amount_fen must be positive");
        var caps = _options.Caps.For(request.Strength)
            ?? throw InvalidArgument("strength must be PASSWORD, FACE or FACE_AND_SMS");
        if (request.ExpiresInSeconds < 0 || request.ExpiresInSeconds > _options.MaxHoldSeconds)
            throw InvalidArgument($"expires_in_seconds must be between 0 (the default) and {_options.MaxHoldSeconds}");
        return caps;
    }

    public void Settle(SettleHoldRequest request)
    {
        UserId(request.UserId);
        OperationId(request.OperationId);
        if (request.Reason.Length > MaxReasonLength) throw InvalidArgument($"reason must be at most {MaxReasonLength} characters");
    }

    public void GetHold(GetHoldRequest request)
    {
        UserId(request.UserId);
        OperationId(request.OperationId);
    }

    public void SetUserLimits(SetUserLimitsRequest request)
    {
        UserId(request.UserId);
        if (request.Limits is null) throw InvalidArgument("limits is required");
        var highest = _options.Caps.Highest;
        if (request.Limits.SingleTransactionFen <= 0) throw InvalidArgument("limits.single_transaction_fen must be positive");
        if (request.Limits.DailyFen <= 0) throw InvalidArgument("limits.daily_fen must be positive");
        if (request.Limits.SingleTransactionFen > highest.SingleFen)
            throw InvalidArgument($"limits.single_transaction_fen must be at most {highest.SingleFen} (the system cap)");
        if (request.Limits.DailyFen > highest.DailyFen)
            throw InvalidArgument($"limits.daily_fen must be at most {highest.DailyFen} (the system cap)");
        if (request.Limits.SingleTransactionFen > request.Limits.DailyFen)
            throw InvalidArgument("limits.single_transaction_fen must be at most limits.daily_fen");
    }

    /// <summary>Returns the page size to use and the entry to start after.</summary>
    public (int PageSize, string? After) ListLedger(ListLedgerRequest request)
    {
        UserId(request.UserId);
        if (request.PageSize < 0 || request.PageSize > _options.MaxLedgerPageSize)
            throw InvalidArgument($"page_size must be between 0 (the default) and {_options.MaxLedgerPageSize}");
        if (request.PageToken.Length > 0 && !StreamId().IsMatch(request.PageToken))
            throw InvalidArgument("page_token is not a token this service returned");
        return (request.PageSize == 0 ? _options.DefaultLedgerPageSize : request.PageSize,
            request.PageToken.Length == 0 ? null : request.PageToken);
    }

    public void Repay(RepayRequest request)
    {
        UserId(request.UserId);
        OperationId(request.OperationId);
        if (request.AmountFen <= 0) throw InvalidArgument("amount_fen must be positive");
    }

    public static void UserId(string userId)
    {
        if (!Identifiers.IsValid(userId)) throw InvalidArgument($"user_id must be {Identifiers.Rule}");
    }

    private static void OperationId(string operationId)
    {
        if (!Identifiers.IsValid(operationId)) throw InvalidArgument($"operation_id must be {Identifiers.Rule}");
    }

    [GeneratedRegex("^[0-9]{1,20}-[0-9]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex StreamId();
}
