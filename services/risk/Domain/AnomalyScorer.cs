using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Contracts.Risk.V1;

namespace Platform.Risk.Domain;

/// <summary>
/// The learned component: how unusual the amount is for this user, from the running mean and variance of their
/// completed withdrawals. Its contribution is explained like any rule's.
/// </summary>
public sealed class AnomalyScorer(IOptions<RiskOptions> options)
{
    public const string Code = "AMOUNT_ANOMALY";
    private readonly AnomalyOptions _options = options.Value.Anomaly;

    public ReasonCode? Score(long amountFen, AmountHistory history)
    {
        if (!_options.Enabled || history.Count < _options.MinHistory || history.Mean <= 0) return null;
        var z = history.ZScore(amountFen, _options.MinDeviationOfMean);
        if (z <= _options.ZThreshold) return null;
        var points = Math.Min(_options.MaxPoints, _options.PointsPerSigma * (z - _options.ZThreshold));
        return new ReasonCode
        {
            Code = Code,
            Description = string.Create(CultureInfo.InvariantCulture,
                $"The amount is {z:0.0} standard deviations above this user's usual {history.Mean / 100:0.00} CNY ({history.Count} completed withdrawals)"),
            Contribution = Math.Round(points, 2),
        };
    }
}
