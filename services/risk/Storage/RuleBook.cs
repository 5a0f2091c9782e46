using System.Diagnostics;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Risk.V1;
using Platform.Redis;
using Platform.Risk.Domain;

namespace Platform.Risk.Storage;

/// <summary>
/// The versioned rule sets. Every version ever published stays readable; the current one is served from memory
/// for <see cref="RiskOptions.RulesCacheTtl"/>. With no rules in Redis yet, the seed file is published as version 1.
/// </summary>
public sealed class RuleBook(IRedisClient redis, IOptions<RiskOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedRules? _cached;

    public async Task<RuleSet> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && Stopwatch.GetElapsedTime(fresh.LoadedAt) < options.Value.RulesCacheTtl) return fresh.Rules;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } other && Stopwatch.GetElapsedTime(other.LoadedAt) < options.Value.RulesCacheTtl) return other.Rules;
            var version = await redis.GetStringAsync(RiskKeys.CurrentRules, cancellationToken);
            if (version is null)
            {
                await PublishAsync(RuleSeed.Load(options.Value.SeedRulesPath), "", "seed", cancellationToken);
                version = await redis.GetStringAsync(RiskKeys.CurrentRules, cancellationToken)
                    ?? throw new InvalidOperationException("The seed rules were published but no current version is set.");
            }
            var rules = _cached is { } stale && stale.Rules.Version == version
                ? stale.Rules
                : await VersionAsync(version, cancellationToken) ?? throw new InvalidOperationException($"Rules version {version} is missing.");
            _cached = new CachedRules(rules, Stopwatch.GetTimestamp());
            return rules;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public async Task<RuleSet?> VersionAsync(string version, CancellationToken cancellationToken)
    {
        var bytes = await redis.GetAsync(RiskKeys.RulesVersionPrefix + version, cancellationToken);
        if (bytes is null) return null;
        var rules = RuleSet.Parser.ParseFrom(bytes);
        rules.Version = version;
        return rules;
    }

    /// <summary>Publishes <paramref name="rules"/> as the next version if <paramref name="basedOn"/> is still current.</summary>
    public async Task<(RuleSet? Published, string CurrentVersion)> PublishAsync(
        RuleSet rules, string basedOn, string publishedBy, CancellationToken cancellationToken)
    {
        var stored = rules.Clone();
        stored.Version = "";
        stored.PublishedAt = Timestamp.FromDateTimeOffset(time.GetUtcNow());
        stored.PublishedBy = publishedBy;
        var reply = await RiskScripts.PublishRules.EvaluateAsync(redis,
            [RiskKeys.CurrentRules], [basedOn, stored.ToByteArray(), RiskKeys.RulesVersionPrefix], cancellationToken);
        var version = reply[1].AsString()!;
        if (reply[0].AsString() != "published") return (null, version);
        stored.Version = version;
        _cached = new CachedRules(stored, Stopwatch.GetTimestamp());
        return (stored, version);
    }
}
