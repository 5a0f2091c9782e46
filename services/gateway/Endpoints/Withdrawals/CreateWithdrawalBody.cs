using System.ComponentModel.DataAnnotations;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Withdrawals;

/// <summary>Withdraws <see cref="AmountFen"/> (fen, CNY) of the credit line to a bound card.</summary>
public sealed record CreateWithdrawalBody(
    [property: Range(1, long.MaxValue, ErrorMessage = "must be positive")]
    long AmountFen,
    [property: Required(ErrorMessage = "is required")]
    [property: Identifier]
    string? CardId);
