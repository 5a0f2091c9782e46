namespace Platform.Risk.Domain;

/// <summary>The features rules may name. Windows are part of the name; amounts are fen; flags are 0 or 1.</summary>
public static class FeatureNames
{
    public const string AmountFen = "amount_fen";
    public const string VelocityCount1h = "velocity_count_1h";
    public const string VelocityCount24h = "velocity_count_24h";
    public const string VelocityAmount1h = "velocity_amount_1h";
    public const string VelocityAmount24h = "velocity_amount_24h";
    public const string DistinctDevices24h = "distinct_devices_24h";
    public const string DeviceNew = "device_new";
    public const string DeviceUntrusted = "device_untrusted";
    public const string HistoryCount = "history_count";
    public const string AmountToAverageRatio = "amount_to_avg_ratio";
    public const string AmountZScore = "amount_zscore";
    public const string FailedVerifications24h = "failed_verifications_24h";
    public const string HoursSinceCredentialChange = "hours_since_credential_change";
    public const string AccountAgeDays = "account_age_days";
    public const string LocalHour = "local_hour";
    public const string ListDevice = "list_device";
    public const string ListCard = "list_card";
    public const string ListAccount = "list_account";
    public const string Reports30d = "reports_30d";

    /// <summary>What a never-happened event counts as in "hours since" features: far longer than any rule looks back.</summary>
    public const double Never = 1_000_000;

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        AmountFen, VelocityCount1h, VelocityCount24h, VelocityAmount1h, VelocityAmount24h, DistinctDevices24h, DeviceNew,
        DeviceUntrusted, HistoryCount, AmountToAverageRatio, AmountZScore, FailedVerifications24h,
        HoursSinceCredentialChange, AccountAgeDays, LocalHour, ListDevice, ListCard, ListAccount, Reports30d,
    };
}
