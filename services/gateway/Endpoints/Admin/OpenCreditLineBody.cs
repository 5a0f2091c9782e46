using System.ComponentModel.DataAnnotations;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary>Opens (or re-sizes) a user's credit line; amounts in fen.</summary>
public sealed record OpenCreditLineBody(
    [property: Required(ErrorMessage = "is required")]
    [property: Identifier]
    string? UserId,
    [property: Range(1, long.MaxValue, ErrorMessage = "must be positive")]
    long LimitFen,
    [property: Range(0, long.MaxValue, ErrorMessage = "must not be negative")]
    long CashLimitFen,
    [property: Range(1, 28, ErrorMessage = "must be between 1 and 28")]
    int StatementDay);
