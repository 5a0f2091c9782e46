namespace Platform.Risk.Domain;

/// <summary>
/// The learned component: a per-user running mean and variance of completed withdrawal amounts. An amount more
/// than <see cref="ZThreshold"/> standard deviations above the mean adds <see cref="PointsPerSigma"/> per extra
/// deviation, up to <see cref="MaxPoints"/>.
/// </summary>
public sealed class AnomalyOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Completed withdrawals needed before amounts are compared with the history at all.</summary>
    public int MinHistory { get; set; } = 3;

    public double ZThreshold { get; set; } = 3;

    public double PointsPerSigma { get; set; } = 3;

    public double MaxPoints { get; set; } = 15;

    /// <summary>The deviation never counts as less than this fraction of the mean (a user who always withdraws the same).</summary>
    public double MinDeviationOfMean { get; set; } = 0.1;
}
