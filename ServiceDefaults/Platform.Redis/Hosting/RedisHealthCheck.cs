using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Redis;

/// <summary>Healthy when the server answers PING within the timeout.</summary>
public sealed class RedisHealthCheck(IRedisClient client) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var answer = await client.PingAsync(timeout.Token).ConfigureAwait(false);
            return answer == "PONG"
                ? HealthCheckResult.Healthy($"Redis at {client.Endpoint} answered PING.")
                : HealthCheckResult.Unhealthy($"Redis at {client.Endpoint} answered PING unexpectedly.");
        }
        catch (Exception ex) when (ex is RedisException or OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis at {client.Endpoint} did not answer PING.", ex);
        }
    }
}
