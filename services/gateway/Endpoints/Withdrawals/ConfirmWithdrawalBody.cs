using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Withdrawals;

/// <summary>The ticket of the withdrawal's completed verification.</summary>
public sealed record ConfirmWithdrawalBody(
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(512, ErrorMessage = "must be at most 512 characters")]
    string? Ticket);
