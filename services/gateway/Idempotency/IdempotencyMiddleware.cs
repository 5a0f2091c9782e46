using System.Diagnostics;
using Microsoft.Extensions.Options;
using Platform.Gateway.Authentication;
using Platform.Gateway.Problems;
using Platform.Gateway.Telemetry;

namespace Platform.Gateway.Idempotency;

/// <summary>
/// Runs a money-moving request at most once per (user, Idempotency-Key): the first executes and its final
/// response is stored; a duplicate with the same body gets that response again (<c>Idempotent-Replayed: true</c>),
/// one with a different body 422, one that arrives while the first still runs waits for it (409 if it takes too
/// long). Transient outcomes (5xx, 429, 401) are not stored, so a retry executes again — safely, because the
/// services are idempotent by the same key.
/// </summary>
public sealed class IdempotencyMiddleware(
    RequestDelegate next, IdempotencyStore store, IOptions<IdempotencyOptions> options, GatewayMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotencyKeyRequired>() is null ||
            context.User.FindFirst(UserClaims.Subject)?.Value is not { } userId)
        {
            await next(context);
            return;
        }

        var key = context.Request.Headers[IdempotencyKey.Header].ToString();
        if (IdempotencyKey.Problem(key) is { } problem)
        {
            await ProblemResults.Invalid(IdempotencyKey.Header, problem).ExecuteAsync(context);
            return;
        }

        var fingerprint = await RequestFingerprint.ComputeAsync(context.Request, context.RequestAborted);
        var claim = await ClaimWaitingForDuplicateAsync(userId, key, fingerprint, context.RequestAborted);
        metrics.IdempotencyOutcome(claim.Outcome);
        switch (claim.Outcome)
        {
            case ClaimOutcome.Claimed:
                await ExecuteOnceAsync(context, userId, key, claim.Token!);
                break;
            case ClaimOutcome.Replay:
                await ReplayAsync(context, claim.Response!);
                break;
            case ClaimOutcome.Mismatch:
                await ProblemResults.Problem(422, "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request; use a new key.").ExecuteAsync(context);
                break;
            default:
                context.Response.Headers.RetryAfter = "1";
                await ProblemResults.Problem(409, "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly.").ExecuteAsync(context);
                break;
        }
    }

    private async Task<IdempotencyClaim> ClaimWaitingForDuplicateAsync(
        string userId, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var claim = await store.ClaimAsync(userId, key, fingerprint, cancellationToken);
            if (claim.Outcome != ClaimOutcome.Pending || waited.Elapsed >= settings.ConcurrentWait) return claim;
            await Task.Delay(settings.ConcurrentPollInterval, cancellationToken);
        }
    }

    private async Task ExecuteOnceAsync(HttpContext context, string userId, string key, string token)
    {
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            await store.ReleaseAsync(userId, key, token);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = new StoredResponse(
            context.Response.StatusCode,
            context.Response.ContentType ?? "",
            context.Response.Headers.Location.ToString(),
            captured.ToArray());
        if (IsFinal(response.StatusCode) && response.Body.Length <= options.Value.MaxStoredBodyBytes)
            await store.CompleteAsync(userId, key, token, response);
        else
            await store.ReleaseAsync(userId, key, token);
        await original.WriteAsync(response.Body, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        if (response.ContentType.Length > 0) context.Response.ContentType = response.ContentType;
        if (response.Location.Length > 0) context.Response.Headers.Location = response.Location;
        context.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }

    /// <summary>Outcomes that a retry would not change: success, or a refusal the services decided.</summary>
    private static bool IsFinal(int status) => status is >= 200 and < 300 or 403 or 404 or 409 or 422;
}
