using Microsoft.Extensions.Options;

namespace Platform.Credit.Domain;

/// <summary>Refuses to start with options that would make the rules contradict themselves.</summary>
public sealed class CreditOptionsValidator : IValidateOptions<CreditOptions>
{
    public ValidateOptionsResult Validate(string? name, CreditOptions options)
    {
        List<string> errors = [];
        if (options.MaxLimitFen <= 0) errors.Add("Credit:MaxLimitFen must be positive.");
        if (options.SelfServiceMaxLimitFen <= 0 || options.SelfServiceMaxLimitFen > options.MaxLimitFen)
            errors.Add("Credit:SelfServiceMaxLimitFen must be positive and at most MaxLimitFen.");
        foreach (var (strength, cap) in new[] { ("Password", options.Caps.Password), ("Face", options.Caps.Face), ("FaceAndSms", options.Caps.FaceAndSms) })
        {
            if (cap.SingleFen <= 0 || cap.DailyFen < cap.SingleFen)
                errors.Add($"Credit:Caps:{strength} needs 0 < SingleFen <= DailyFen.");
        }
        if (options.DefaultHoldSeconds <= 0 || options.MaxHoldSeconds < options.DefaultHoldSeconds)
            errors.Add("Credit:DefaultHoldSeconds must be positive and at most MaxHoldSeconds.");
        if (options.LocalUtcOffset < TimeSpan.FromHours(-14) || options.LocalUtcOffset > TimeSpan.FromHours(14))
            errors.Add("Credit:LocalUtcOffset must be between -14:00 and +14:00.");
        if (options.PaymentDueDays is < 0 or > 60) errors.Add("Credit:PaymentDueDays must be between 0 and 60.");
        if (options.MinimumPaymentPercent is <= 0 or > 100) errors.Add("Credit:MinimumPaymentPercent must be between 1 and 100.");
        if (options.BillsListed <= 0) errors.Add("Credit:BillsListed must be positive.");
        if (options.SweepInterval <= TimeSpan.Zero) errors.Add("Credit:SweepInterval must be positive.");
        if (options.SweepBatch <= 0) errors.Add("Credit:SweepBatch must be positive.");
        if (options.DefaultLedgerPageSize <= 0 || options.MaxLedgerPageSize < options.DefaultLedgerPageSize)
            errors.Add("Credit:DefaultLedgerPageSize must be positive and at most MaxLedgerPageSize.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
