using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Credit;

/// <summary>Repays <see cref="AmountFen"/> of the used credit.</summary>
public sealed record RepayBody(
    [property: Range(1, long.MaxValue, ErrorMessage = "must be positive")]
    long AmountFen);
