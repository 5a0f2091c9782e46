using Microsoft.Extensions.Options;

namespace Platform.Risk.Domain;

/// <summary>Turns a request and what is known about its user, device and card into the named features rules read.</summary>
public sealed class FeatureAssembler(IOptions<RiskOptions> options)
{
    private const double MillisecondsPerHour = 3_600_000;
    private readonly RiskOptions _options = options.Value;

    public IReadOnlyDictionary<string, double> Assemble(AssessmentInput input, UserSignals user, SubjectSignals subjects)
    {
        var now = input.At.ToUnixTimeMilliseconds();
        var history = new AmountHistory(user.HistoryCount, user.HistoryMean, user.HistoryM2);
        var enoughHistory = history.Count >= _options.Anomaly.MinHistory && history.Mean > 0;
        var accountSince = user.RegisteredAtMs ?? user.FirstSeenAtMs ?? now;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [FeatureNames.AmountFen] = input.AmountFen,
            [FeatureNames.VelocityCount1h] = user.Count1h,
            [FeatureNames.VelocityCount24h] = user.Count24h,
            [FeatureNames.VelocityAmount1h] = user.Amount1h + input.AmountFen,
            [FeatureNames.VelocityAmount24h] = user.Amount24h + input.AmountFen,
            [FeatureNames.DistinctDevices24h] = user.OtherDevices24h + 1,
            // A device identity trusts is known by definition; otherwise a login alone does not make it known.
            [FeatureNames.DeviceNew] = !user.DeviceKnown && !input.DeviceTrusted ? 1 : 0,
            [FeatureNames.DeviceUntrusted] = input.DeviceTrusted ? 0 : 1,
            [FeatureNames.HistoryCount] = history.Count,
            [FeatureNames.AmountToAverageRatio] = enoughHistory ? input.AmountFen / history.Mean : 0,
            [FeatureNames.AmountZScore] = enoughHistory ? history.ZScore(input.AmountFen, _options.Anomaly.MinDeviationOfMean) : 0,
            [FeatureNames.FailedVerifications24h] = user.FailedVerifications24h,
            [FeatureNames.HoursSinceCredentialChange] = user.CredentialChangedAtMs is { } changed
                ? Math.Max(0, (now - changed) / MillisecondsPerHour)
                : FeatureNames.Never,
            [FeatureNames.AccountAgeDays] = Math.Max(0, (now - accountSince) / (24 * MillisecondsPerHour)),
            [FeatureNames.LocalHour] = input.At.ToOffset(_options.LocalUtcOffset).Hour,
            [FeatureNames.ListDevice] = subjects.DeviceListed ? 1 : 0,
            [FeatureNames.ListCard] = subjects.CardListed ? 1 : 0,
            [FeatureNames.ListAccount] = subjects.AccountListed ? 1 : 0,
            [FeatureNames.Reports30d] = subjects.Reports30d,
        };
    }
}
