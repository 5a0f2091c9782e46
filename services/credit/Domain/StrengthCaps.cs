using Platform.Contracts.Identity.V1;

namespace Platform.Credit.Domain;

/// <summary>
/// The system's limits for each verification strength: the stronger the proof of identity, the more may be
/// withdrawn in one transaction and in one day.
/// </summary>
public sealed class StrengthCaps
{
    public LimitCap Password { get; set; } = new() { SingleFen = 200_000, DailyFen = 500_000 };

    public LimitCap Face { get; set; } = new() { SingleFen = 2_000_000, DailyFen = 5_000_000 };

    public LimitCap FaceAndSms { get; set; } = new() { SingleFen = 5_000_000, DailyFen = 10_000_000 };

    /// <summary>The caps of one strength; null for an unspecified or unknown strength.</summary>
    public LimitCap? For(VerificationStrength strength) => strength switch
    {
        VerificationStrength.Password => Password,
        VerificationStrength.Face => Face,
        VerificationStrength.FaceAndSms => FaceAndSms,
        _ => null,
    };

    /// <summary>The highest caps of any strength: the most a user may set their own limits to.</summary>
    public LimitCap Highest => new()
    {
        SingleFen = Math.Max(Password.SingleFen, Math.Max(Face.SingleFen, FaceAndSms.SingleFen)),
        DailyFen = Math.Max(Password.DailyFen, Math.Max(Face.DailyFen, FaceAndSms.DailyFen)),
    };
}
