using System.Text.Json;
using Microsoft.Extensions.Options;
using Platform.Contracts.Risk.V1;
using Platform.Redis;
using Platform.Risk.Domain;

namespace Platform.Risk.Storage;

/// <summary>Block lists (operator data) and the count of recent user reports against an account, device or card.</summary>
public sealed class SubjectStore(IRedisClient redis, IOptions<RiskOptions> options)
{
    public static readonly IReadOnlySet<string> Lists = new HashSet<string>(StringComparer.Ordinal) { "device", "card", "account" };

    public async Task AddToListAsync(ListEntry entry, string operatorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = JsonSerializer.Serialize(new { entry.Reason, AddedBy = operatorId, AddedAt = now });
        await redis.HSetAsync(RiskKeys.List(entry.List), entry.Value, record, cancellationToken);
    }

    public async Task<SubjectSignals> ReadAsync(AssessmentInput input, CancellationToken cancellationToken)
    {
        var since = input.At - options.Value.ReportWindow;
        var deviceListed = IsListedAsync("device", input.DeviceId, cancellationToken);
        var cardListed = IsListedAsync("card", input.CardFingerprint, cancellationToken);
        var accountListed = IsListedAsync("account", input.UserId, cancellationToken);
        var reports = await Task.WhenAll(
            CountReportsAsync("account", input.UserId, since, cancellationToken),
            CountReportsAsync("device", input.DeviceId, since, cancellationToken),
            CountReportsAsync("card", input.CardFingerprint, since, cancellationToken));
        return new SubjectSignals(await deviceListed, await cardListed, await accountListed, (int)reports.Sum());
    }

    private async Task<bool> IsListedAsync(string list, string value, CancellationToken cancellationToken) =>
        value.Length > 0 && (await redis.ExecuteAsync("HEXISTS", [RiskKeys.List(list), value], cancellationToken)).AsInt64() == 1;

    private async Task<long> CountReportsAsync(string subjectType, string subjectId, DateTimeOffset since, CancellationToken cancellationToken) =>
        subjectId.Length == 0
            ? 0
            : (await redis.ExecuteAsync("ZCOUNT", [RiskKeys.Reports(subjectType, subjectId), since.ToUnixTimeMilliseconds(), "+inf"],
                cancellationToken)).AsInt64();
}
