using System.Globalization;
using Platform.Contracts.Identity.V1;
using Platform.Withdrawal.Domain;
using F = Platform.Withdrawal.Storage.RecordFields;

namespace Platform.Withdrawal.Storage;

/// <summary>Turns a record into the fields of its Redis hash and back. Times are Unix milliseconds; empty means unset.</summary>
internal static class RecordCodec
{
    public static Dictionary<string, string> ToFields(WithdrawalRecord r) => new(StringComparer.Ordinal)
    {
        [F.Id] = r.Id,
        [F.User] = r.UserId,
        [F.IdempotencyKey] = r.IdempotencyKey,
        [F.Amount] = Number(r.AmountFen),
        [F.Card] = r.CardId,
        [F.CardLast4] = r.CardLast4,
        [F.BankCode] = r.BankCode,
        [F.CardFingerprint] = r.CardFingerprint,
        [F.Device] = r.DeviceId,
        [F.ClientIp] = r.ClientIp,
        [F.State] = r.State.ToStorageName(),
        [F.Reason] = r.Reason,
        [F.Factors] = string.Join(',', r.RequiredFactors.Select(f => Number((int)f))),
        [F.Verification] = r.VerificationId,
        [F.VerificationExpires] = Time(r.VerificationExpiresAt),
        [F.RiskCase] = r.RiskCaseId,
        [F.Strength] = Number((int)r.Strength),
        [F.PayoutRequested] = Time(r.PayoutRequestedAt),
        [F.BankReference] = r.BankReference,
        [F.ExpectedArrival] = Time(r.ExpectedArrivalAt),
        [F.Created] = Time(r.CreatedAt),
        [F.Updated] = Time(r.UpdatedAt),
        [F.Completed] = Time(r.CompletedAt),
        [F.Attempts] = Number(r.Attempts),
        [F.NotBefore] = Time(r.NotBefore),
    };

    /// <summary>The fields whose values differ between two versions of a record: what a transition writes.</summary>
    public static List<KeyValuePair<string, string>> Changes(WithdrawalRecord before, WithdrawalRecord after)
    {
        var old = ToFields(before);
        return ToFields(after).Where(field => old[field.Key] != field.Value).ToList();
    }

    public static WithdrawalRecord FromFields(IReadOnlyDictionary<string, string> h)
    {
        string Text(string field) => h.TryGetValue(field, out var value) ? value : "";

        return new WithdrawalRecord
        {
            Id = Text(F.Id),
            UserId = Text(F.User),
            IdempotencyKey = Text(F.IdempotencyKey),
            AmountFen = long.Parse(Text(F.Amount), CultureInfo.InvariantCulture),
            CardId = Text(F.Card),
            CardLast4 = Text(F.CardLast4),
            BankCode = Text(F.BankCode),
            CardFingerprint = Text(F.CardFingerprint),
            DeviceId = Text(F.Device),
            ClientIp = Text(F.ClientIp),
            State = SagaStates.ParseStorageName(Text(F.State)),
            Reason = Text(F.Reason),
            RequiredFactors = Text(F.Factors).Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(f => (Factor)int.Parse(f, CultureInfo.InvariantCulture)).ToList(),
            VerificationId = Text(F.Verification),
            VerificationExpiresAt = ParseTime(Text(F.VerificationExpires)),
            RiskCaseId = Text(F.RiskCase),
            Strength = (VerificationStrength)ParseInt(Text(F.Strength)),
            PayoutRequestedAt = ParseTime(Text(F.PayoutRequested)),
            BankReference = Text(F.BankReference),
            ExpectedArrivalAt = ParseTime(Text(F.ExpectedArrival)),
            CreatedAt = ParseTime(Text(F.Created)) ?? throw new FormatException("a withdrawal record has no creation time"),
            UpdatedAt = ParseTime(Text(F.Updated)) ?? throw new FormatException("a withdrawal record has no update time"),
            CompletedAt = ParseTime(Text(F.Completed)),
            Attempts = ParseInt(Text(F.Attempts)),
            NotBefore = ParseTime(Text(F.NotBefore)),
        };
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset? at) => at is { } t ? Number(t.ToUnixTimeMilliseconds()) : "";

    private static int ParseInt(string text) => text.Length == 0 ? 0 : int.Parse(text, CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(string text) =>
        text.Length == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(text, CultureInfo.InvariantCulture));
}
