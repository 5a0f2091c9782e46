namespace Platform.Risk.Domain;

/// <summary>A user's completed withdrawals summarised as count, mean and the running sum of squared deviations.</summary>
public sealed record AmountHistory(long Count, double Mean, double M2)
{
    /// <summary>The sample standard deviation, floored at a fraction of the mean so a flat history is not infinitely strict.</summary>
    public double Deviation(double minFractionOfMean)
    {
        var sample = Count > 1 ? Math.Sqrt(M2 / (Count - 1)) : 0;
        return Math.Max(Math.Max(sample, Mean * minFractionOfMean), 1);
    }

    public double ZScore(long amountFen, double minFractionOfMean) => (amountFen - Mean) / Deviation(minFractionOfMean);
}
