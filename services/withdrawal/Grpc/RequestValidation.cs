using System.Buffers;
using System.Net;
using Grpc.Core;
using Platform.Contracts.Withdrawal.V1;
using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Grpc;

/// <summary>Checks every request before anything happens; a bad field is INVALID_ARGUMENT naming it.</summary>
public static class RequestValidation
{
    public const int MaxIdLength = 128;
    public const int MaxTicketLength = 4096;

    /// <summary>Far above any credit line: a sanity bound so no arithmetic downstream can overflow.</summary>
    public const long MaxAmountFen = 100_000_000_00;

    private static readonly SearchValues<char> KeyCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-");

    public static void Validate(CreateWithdrawalRequest request)
    {
        RequireKeySafe(request.UserId, "user_id");
        if (request.IdempotencyKey.Length == 0) throw Invalid("idempotency_key is required");
        if (request.IdempotencyKey.Length > MaxIdLength || request.IdempotencyKey.AsSpan().ContainsAnyExcept(KeyCharacters))
            throw Invalid($"idempotency_key must be 1 to {MaxIdLength} letters, digits, '.', '_', ':' or '-'");
        if (request.AmountFen <= 0) throw Invalid("amount_fen must be positive");
        if (request.AmountFen > MaxAmountFen) throw Invalid($"amount_fen must be at most {MaxAmountFen}");
        if (request.CardId.Length == 0) throw Invalid("card_id is required");
        RequireKeySafe(request.CardId, "card_id");
        if (request.DeviceId.Length > 0) RequireKeySafe(request.DeviceId, "device_id");
        if (request.ClientIp.Length > 0 && !IPAddress.TryParse(request.ClientIp, out _)) throw Invalid("client_ip is not an IP address");
    }

    public static void Validate(ConfirmWithdrawalRequest request)
    {
        RequireKeySafe(request.UserId, "user_id");
        RequireWithdrawalId(request.WithdrawalId);
        if (request.Ticket.Length == 0) throw Invalid("ticket is required");
        if (request.Ticket.Length > MaxTicketLength) throw Invalid($"ticket must be at most {MaxTicketLength} characters");
    }

    public static void Validate(GetWithdrawalRequest request)
    {
        RequireKeySafe(request.UserId, "user_id");
        RequireWithdrawalId(request.WithdrawalId);
    }

    public static void Validate(ListWithdrawalsRequest request, int maxPageSize)
    {
        RequireKeySafe(request.UserId, "user_id");
        if (request.PageSize < 0 || request.PageSize > maxPageSize) throw Invalid($"page_size must be between 0 and {maxPageSize}");
        if (request.PageToken.Length > 0 && !WithdrawalId.IsValid(request.PageToken)) throw Invalid("page_token is not valid");
    }

    private static void RequireWithdrawalId(string id)
    {
        if (id.Length == 0) throw Invalid("withdrawal_id is required");
        if (!WithdrawalId.IsValid(id)) throw Invalid("withdrawal_id is not valid");
    }

    /// <summary>Ids end up inside Redis keys: no braces (hash tags), no whitespace or control characters.</summary>
    private static void RequireKeySafe(string value, string field)
    {
        if (value.Length > MaxIdLength || value.Any(c => c is '{' or '}' || char.IsWhiteSpace(c) || char.IsControl(c)))
            throw Invalid($"{field} must be at most {MaxIdLength} characters without braces, spaces or control characters");
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
