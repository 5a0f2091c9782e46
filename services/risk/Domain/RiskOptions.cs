namespace Platform.Risk.Domain;

/// <summary>Every tunable of the risk service, bound from configuration section <c>Risk</c>.</summary>
public sealed class RiskOptions
{
    public const string Section = "Risk";

    /// <summary>The time zone of "time of day", as an offset from UTC (China: +8).</summary>
    public TimeSpan LocalUtcOffset { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How far into the future a request's <c>at</c> may be (clocks of two machines disagree a little).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How old the moment being assessed (<c>at</c>) may be: a saga resumed after a crash assesses as of its creation.</summary>
    public TimeSpan MaxAssessmentAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long an assessment is kept, so that asking again for the same operation returns it.</summary>
    public TimeSpan AssessmentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long one replica serves the current rules from memory before looking for a newer version.</summary>
    public TimeSpan RulesCacheTtl { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The same reporter reporting the same subject again within this window gets the same case.</summary>
    public TimeSpan ReportDedupeWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How far back user reports count for <c>reports_30d</c>.</summary>
    public TimeSpan ReportWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A JSON rule set to seed with instead of the one built into the service (optional).</summary>
    public string? SeedRulesPath { get; set; }

    public int DefaultCasesPageSize { get; set; } = 20;

    public int MaxCasesPageSize { get; set; } = 100;

    public AnomalyOptions Anomaly { get; set; } = new();
}
