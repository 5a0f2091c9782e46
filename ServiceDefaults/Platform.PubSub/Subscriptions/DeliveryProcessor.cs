using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Redis;

namespace Platform.PubSub;

/// <summary>
/// Runs one delivery to its end: handler, then ack (success, drop), retry with backoff (failure, exception), or
/// dead letter (too many deliveries, or a payload that can never be read). The dead-letter entry carries the
/// original data and metadata bytes and is written with the ack in one MULTI/EXEC.
/// </summary>
internal sealed partial class DeliveryProcessor(
    IRedisClient redis,
    PubSubOptions options,
    Subscription subscription,
    IServiceScopeFactory scopes,
    AckBatcher acks,
    ILogger logger)
{
    private string Topic => subscription.Topic;

    private string Group => options.AppId;

    /// <summary>Processes <paramref name="delivery"/>. Stops retrying (leaving it pending) once <paramref name="stopping"/> fires.</summary>
    public async Task ProcessAsync(Delivery delivery, CancellationToken stopping, CancellationToken hardStop)
    {
        CloudEvent envelope;
        try
        {
            envelope = CloudEventReader.Parse(delivery.Data ?? throw new FormatException("The entry has no data field."));
        }
        catch (FormatException ex)
        {
            LogMalformed(Topic, delivery.EntryId, ex.Message);
            await DeadLetterAsync(delivery).ConfigureAwait(false);
            return;
        }

        var attempt = Math.Max(1, delivery.DeliveryCount);
        while (true)
        {
            var outcome = await InvokeAsync(envelope, delivery with { DeliveryCount = attempt }, hardStop).ConfigureAwait(false);
            switch (outcome)
            {
                case Outcome.Success:
                    acks.Enqueue(delivery.EntryId);
                    PubSubTelemetry.Delivered.Add(1, PubSubTelemetry.Tags(Topic, Group));
                    return;
                case Outcome.Drop:
                    acks.Enqueue(delivery.EntryId);
                    PubSubTelemetry.Dropped.Add(1, PubSubTelemetry.Tags(Topic, Group));
                    return;
                case Outcome.Malformed:
                    await DeadLetterAsync(delivery).ConfigureAwait(false);
                    return;
            }

            if (attempt >= subscription.MaxDeliveries)
            {
                LogGivingUp(Topic, envelope.Id, attempt);
                await DeadLetterAsync(delivery).ConfigureAwait(false);
                return;
            }
            PubSubTelemetry.Retried.Add(1, PubSubTelemetry.Tags(Topic, Group));
            try
            {
                await Task.Delay(RetryDelay(attempt), stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            attempt++;
            if (!await KeepOwnershipAsync(delivery.EntryId, attempt).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<Outcome> InvokeAsync(CloudEvent envelope, Delivery delivery, CancellationToken hardStop)
    {
        using var activity = PubSubTelemetry.StartProcess(Topic, Group, envelope.Id, envelope.TraceParent, envelope.TraceState);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(hardStop);
        timeout.CancelAfter(options.ProcessingTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var response = await subscription.InvokeAsync(envelope, delivery, scope.ServiceProvider, timeout.Token).ConfigureAwait(false);
            if (response != TopicResponse.Success)
            {
                activity?.SetStatus(ActivityStatusCode.Error, response.ToString());
            }
            return response switch
            {
                TopicResponse.Success => Outcome.Success,
                TopicResponse.Drop => Outcome.Drop,
                _ => Outcome.Retry,
            };
        }
        catch (MalformedEventException ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "malformed");
            LogMalformed(Topic, delivery.EntryId, ex.Message);
            return Outcome.Malformed;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            LogHandlerFailed(ex, Topic, envelope.Id, delivery.DeliveryCount);
            return Outcome.Retry;
        }
        finally
        {
            PubSubTelemetry.ProcessDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, PubSubTelemetry.Tags(Topic, Group));
        }
    }

    /// <summary>
    /// Resets the entry's idle time (so no other consumer reclaims it during the backoff) and records the attempt
    /// in Redis's delivery counter, so a crash does not reset the count. False if the entry is no longer pending.
    /// </summary>
    private async Task<bool> KeepOwnershipAsync(string entryId, int attempt)
    {
        try
        {
            var claimed = await redis.ExecuteAsync(
                "XCLAIM", Topic, Group, options.ConsumerName, 0, entryId, "RETRYCOUNT", attempt, "JUSTID").ConfigureAwait(false);
            return claimed.Count > 0;
        }
        catch (RedisException ex)
        {
            LogClaimFailed(Topic, entryId, ex.Message);
            return false;
        }
    }

    private async Task DeadLetterAsync(Delivery delivery)
    {
        try
        {
            var transaction = redis.CreateTransaction();
            var data = (RedisArg)(delivery.Data ?? []);
            var metadata = (RedisArg)(delivery.Metadata ?? "{}"u8.ToArray());
            if (options.MaxLenApprox is { } maxLen)
            {
                transaction.Add("XADD", subscription.DeadLetterTopic, "MAXLEN", "~", maxLen, "*", "data", data, "metadata", metadata);
            }
            else
            {
                transaction.Add("XADD", subscription.DeadLetterTopic, "*", "data", data, "metadata", metadata);
            }
            transaction.Add("XACK", Topic, Group, delivery.EntryId);
            var results = await transaction.ExecuteAsync().ConfigureAwait(false);
            results[0].ThrowIfError();
            PubSubTelemetry.DeadLettered.Add(1, PubSubTelemetry.Tags(Topic, Group));
        }
        catch (RedisException ex)
        {
            LogDeadLetterFailed(Topic, delivery.EntryId, ex.Message);
        }
    }

    private TimeSpan RetryDelay(int attempt)
    {
        var delay = options.RetryInitialDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        return delay < options.RetryMaxDelay ? delay : options.RetryMaxDelay;
    }

    private enum Outcome
    {
        Success,
        Retry,
        Drop,
        Malformed,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Entry {EntryId} on {Topic} cannot be processed ({Reason}); moving it to the dead-letter topic.")]
    private partial void LogMalformed(string topic, string entryId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handler for {Topic} failed on event {EventId} (delivery {Attempt}).")]
    private partial void LogHandlerFailed(Exception exception, string topic, string eventId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} on {Topic} failed {Attempts} deliveries; moving it to the dead-letter topic.")]
    private partial void LogGivingUp(string topic, string eventId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep entry {EntryId} on {Topic} for a retry ({Reason}); it stays pending for redelivery.")]
    private partial void LogClaimFailed(string topic, string entryId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not dead-letter entry {EntryId} of {Topic} ({Reason}); it stays pending.")]
    private partial void LogDeadLetterFailed(string topic, string entryId, string reason);
}
