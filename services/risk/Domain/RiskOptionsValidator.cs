using Microsoft.Extensions.Options;

namespace Platform.Risk.Domain;

/// <summary>Refuses to start with options that make no sense.</summary>
public sealed class RiskOptionsValidator : IValidateOptions<RiskOptions>
{
    public ValidateOptionsResult Validate(string? name, RiskOptions options)
    {
        List<string> errors = [];
        if (options.LocalUtcOffset < TimeSpan.FromHours(-14) || options.LocalUtcOffset > TimeSpan.FromHours(14))
            errors.Add("Risk:LocalUtcOffset must be between -14:00 and +14:00.");
        foreach (var (setting, value) in new[]
                 {
                     ("MaxClockSkew", options.MaxClockSkew), ("MaxAssessmentAge", options.MaxAssessmentAge),
                     ("AssessmentRetention", options.AssessmentRetention),
                     ("ReportDedupeWindow", options.ReportDedupeWindow),
                     ("ReportWindow", options.ReportWindow),
                 })
        {
            if (value <= TimeSpan.Zero) errors.Add($"Risk:{setting} must be positive.");
        }
        if (options.RulesCacheTtl < TimeSpan.Zero) errors.Add("Risk:RulesCacheTtl must not be negative.");
        if (options.DefaultCasesPageSize <= 0 || options.MaxCasesPageSize < options.DefaultCasesPageSize)
            errors.Add("Risk:DefaultCasesPageSize must be positive and at most MaxCasesPageSize.");
        var anomaly = options.Anomaly;
        if (anomaly.MinHistory < 2 || anomaly.ZThreshold < 0 || anomaly.PointsPerSigma < 0 || anomaly.MaxPoints is < 0 or > 100
            || anomaly.MinDeviationOfMean is <= 0 or > 1)
            errors.Add("Risk:Anomaly needs MinHistory >= 2, ZThreshold >= 0, PointsPerSigma >= 0, MaxPoints 0..100 and MinDeviationOfMean in (0, 1].");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
