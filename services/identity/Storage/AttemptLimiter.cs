using System.Globalization;
using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Options;
using Platform.Identity.Telemetry;
using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>
/// Limits the checks of one credential per user. An attempt is claimed (and counted as a failure) before the check
/// runs, so concurrent guesses cannot exceed the budget; a success clears the count.
/// </summary>
public sealed class AttemptLimiter(IRedisClient redis, TimeProvider time)
{
    public async Task<AttemptResult> CheckAsync(string userId, string credential, LockoutPolicy policy, Func<Task<bool>> check)
    {
        using var activity = IdentityTelemetry.Source.StartActivity("identity.credential_check");
        activity?.SetTag("identity.credential", credential);
        var result = await ClaimAndCheckAsync(IdentityKeys.Limiter(userId, credential), policy, check);
        activity?.SetTag("identity.outcome", result.Status.ToString());
        return result;
    }

    private async Task<AttemptResult> ClaimAndCheckAsync(string key, LockoutPolicy policy, Func<Task<bool>> check)
    {
        var claim = await IdentityScripts.BeginAttempt.EvaluateAsync(redis, [key], [Now(), policy.MaxFailures]);
        switch (claim[0].AsString())
        {
            case "locked": return new AttemptResult(AttemptStatus.Locked, 0, ToTime(claim[2].AsInt64()));
            case "disabled": return new AttemptResult(AttemptStatus.Disabled, 0, null);
        }

        bool passed;
        try
        {
            passed = await check();
        }
        catch
        {
            await IdentityScripts.ReleaseAttempt.EvaluateAsync(redis, [key], []);
            throw;
        }
        var finish = await IdentityScripts.FinishAttempt.EvaluateAsync(redis, [key],
            [Now(), passed ? "1" : "0", policy.MaxFailures, (long)policy.LockDuration.TotalMilliseconds, policy.HardCap,
             claim[1].AsInt64(), claim[2].AsInt64()]);
        var left = (int)finish[1].AsInt64();
        return finish[0].AsString() switch
        {
            "ok" => new AttemptResult(AttemptStatus.Succeeded, left, null),
            "locked" => new AttemptResult(AttemptStatus.NowLocked, 0, ToTime(finish[2].AsInt64())),
            "disabled" => new AttemptResult(AttemptStatus.NowDisabled, 0, null),
            _ => new AttemptResult(AttemptStatus.Failed, left, null),
        };
    }

    public async Task<LimiterState> GetStateAsync(string userId, string credential)
    {
        var values = await redis.HMGetStringAsync(IdentityKeys.Limiter(userId, credential), ["locked_until", "disabled"]);
        var lockedUntil = long.Parse(values[0] ?? "0", CultureInfo.InvariantCulture);
        var locked = lockedUntil > Now();
        return new LimiterState(locked, locked ? ToTime(lockedUntil) : null, values[1] == "1");
    }

    /// <summary>Clears failures, lock and disablement: another factor has vouched for the user.</summary>
    public async Task ResetAsync(string userId, string credential) =>
        await redis.DeleteAsync(IdentityKeys.Limiter(userId, credential));

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static DateTimeOffset? ToTime(long unixMilliseconds) =>
        unixMilliseconds > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds) : null;
}
