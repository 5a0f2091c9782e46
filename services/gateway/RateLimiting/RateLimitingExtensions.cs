using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Gateway.Authentication;
using Platform.Gateway.Problems;
using Platform.Gateway.Telemetry;

namespace Platform.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    /// <summary>
    /// Per-client and per-user token buckets on every /api request, a fixed window on credential routes, and a
    /// 429 problem with <c>Retry-After</c> when a limit is hit.
    /// </summary>
    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(static _ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GatewayRateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(PerClient(limits), PerUser(limits));
            limiter.AddPolicy(RateLimitPolicies.Credentials, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(UserClaims.Subject)?.Value is { } user ? "user:" + user : ClientKey.Of(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.CredentialAttempts, Window = limits.CredentialWindow, QueueLimit = 0,
                }));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> PerClient(GatewayRateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsApi(context)
            ? RateLimitPartition.GetTokenBucketLimiter(ClientKey.Of(context), _ => Bucket(limits.ClientPerSecond, limits.ClientBurst))
            : RateLimitPartition.GetNoLimiter(""));

    private static PartitionedRateLimiter<HttpContext> PerUser(GatewayRateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsApi(context) && context.User.FindFirst(UserClaims.Subject)?.Value is { } user
                ? RateLimitPartition.GetTokenBucketLimiter("user:" + user, _ => Bucket(limits.UserPerSecond, limits.UserBurst))
                : RateLimitPartition.GetNoLimiter(""));

    private static TokenBucketRateLimiterOptions Bucket(int perSecond, int burst) => new()
    {
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        TokenLimit = Math.Max(burst, perSecond),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "global";
        context.RequestServices.GetRequiredService<GatewayMetrics>().RateLimited(policy);
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ProblemResults.Problem(429, "Too many requests",
            $"Too many requests from this client or account; retry after {seconds} s.").ExecuteAsync(context);
    }
}
