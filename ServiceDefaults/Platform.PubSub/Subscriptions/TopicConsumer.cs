using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Redis;

namespace Platform.PubSub;

/// <summary>
/// Consumes one topic as one consumer of the app's group: a reader (XREADGROUP ... BLOCK on a dedicated
/// connection) and a reclaimer (XAUTOCLAIM of entries idle longer than the processing timeout, a crashed
/// replica's included) feed a bounded queue that <see cref="PubSubOptions.Concurrency"/> workers drain.
/// Stopping stops reading, lets the workers finish what they hold, and flushes the acks.
/// </summary>
internal sealed partial class TopicConsumer
{
    private readonly IRedisClient _redis;
    private readonly PubSubOptions _options;
    private readonly Subscription _subscription;
    private readonly ILogger _logger;
    private readonly Channel<Delivery> _queue;
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _hardStop = new();
    private readonly TaskCompletionSource _groupCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly AckBatcher _acks;
    private readonly DeliveryProcessor _processor;
    private Task _feeders = Task.CompletedTask;
    private Task _workers = Task.CompletedTask;

    public TopicConsumer(IRedisClient redis, PubSubOptions options, Subscription subscription, IServiceScopeFactory scopes, ILogger logger)
    {
        _redis = redis;
        _options = options;
        _subscription = subscription;
        _logger = logger;
        _queue = Channel.CreateBounded<Delivery>(new BoundedChannelOptions(options.QueueDepth) { SingleWriter = false });
        _acks = new AckBatcher(redis, subscription.Topic, options.AppId, logger);
        _processor = new DeliveryProcessor(redis, options, subscription, scopes, _acks, logger);
    }

    private string Topic => _subscription.Topic;

    private string Group => _options.AppId;

    public void Start()
    {
        _feeders = Task.WhenAll(Task.Run(ReadLoopAsync), Task.Run(ReclaimLoopAsync), Task.Run(LagLoopAsync));
        _workers = Task.WhenAll(Enumerable.Range(0, _options.Concurrency).Select(_ => Task.Run(WorkAsync)));
    }

    /// <summary>Stops reading, finishes held deliveries (until <paramref name="cancellationToken"/> fires), flushes acks.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _feeders.ConfigureAwait(false);
        _queue.Writer.TryComplete();
        await using (cancellationToken.Register(() => _hardStop.Cancel()).ConfigureAwait(false))
        {
            await _workers.ConfigureAwait(false);
        }
        await _acks.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ReadLoopAsync()
    {
        var failures = 0;
        var groupReady = false;
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                if (!groupReady)
                {
                    // Dapr creates the group at "0": a new app also gets the events published before it started.
                    await _redis.XGroupCreateAsync(Topic, Group, "0", makeStream: true, _stopping.Token).ConfigureAwait(false);
                    groupReady = true;
                    _groupCreated.TrySetResult();
                }
                var entries = await _redis.XReadGroupAsync(
                    Group, _options.ConsumerName, Topic, ">", _options.QueueDepth, _options.ReadBlock, cancellationToken: _stopping.Token).ConfigureAwait(false);
                failures = 0;
                foreach (var entry in entries)
                {
                    await HoldAsync(entry, deliveryCount: 1).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (RedisServerException ex) when (ex.ErrorCode == "NOGROUP")
            {
                LogGroupLost(Topic, Group);
                groupReady = false;
            }
            catch (Exception ex) when (ex is RedisException or NotSupportedException)
            {
                LogReadFailed(Topic, ex.Message);
                await PauseAsync(++failures).ConfigureAwait(false);
            }
        }
    }

    private async Task ReclaimLoopAsync()
    {
        var failures = 0;
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await _groupCreated.Task.WaitAsync(_stopping.Token).ConfigureAwait(false);
                await ReclaimIdleEntriesAsync().ConfigureAwait(false);
                failures = 0;
                await Task.Delay(_options.RedeliverInterval, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (RedisException ex)
            {
                // NOGROUP included: the reader recreates the group.
                LogReclaimFailed(Topic, ex.Message);
                await PauseAsync(++failures).ConfigureAwait(false);
            }
        }
    }

    private async Task ReclaimIdleEntriesAsync()
    {
        var cursor = "0-0";
        do
        {
            var claimed = await _redis.XAutoClaimAsync(
                Topic, Group, _options.ConsumerName, _options.ProcessingTimeout, cursor, _options.QueueDepth, _stopping.Token).ConfigureAwait(false);
            cursor = claimed.NextStartId;
            var fresh = claimed.Entries.Where(entry => !_held.ContainsKey(entry.Id)).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }
            LogReclaimed(Topic, fresh.Count);
            var deliveryCounts = (await _redis.XPendingRangeAsync(
                    Topic, Group, fresh[0].Id, fresh[^1].Id, fresh.Count + 16, _options.ConsumerName, cancellationToken: _stopping.Token).ConfigureAwait(false))
                .ToDictionary(pending => pending.Id, pending => (int)pending.DeliveryCount, StringComparer.Ordinal);
            foreach (var entry in fresh)
            {
                await HoldAsync(entry, deliveryCounts.GetValueOrDefault(entry.Id, 2)).ConfigureAwait(false);
            }
        }
        while (cursor != "0-0" && !_stopping.IsCancellationRequested);
    }

    private async Task LagLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await _groupCreated.Task.WaitAsync(_stopping.Token).ConfigureAwait(false);
                var groups = await _redis.XInfoGroupsAsync(Topic, _stopping.Token).ConfigureAwait(false);
                if (groups.FirstOrDefault(g => g.Name == Group) is { } group)
                {
                    PubSubTelemetry.RecordConsumerState(Topic, Group, group.Lag, group.Pending);
                }
                await Task.Delay(_options.LagRefreshInterval, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (RedisException)
            {
                // Metrics only: try again at the next interval.
                await PauseAsync(5).ConfigureAwait(false);
            }
        }
    }

    private async Task HoldAsync(StreamEntry entry, int deliveryCount)
    {
        if (_held.TryAdd(entry.Id, 0))
        {
            await _queue.Writer.WriteAsync(new Delivery(entry.Id, entry["data"], entry["metadata"], deliveryCount), _stopping.Token).ConfigureAwait(false);
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var delivery in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                if (!_hardStop.IsCancellationRequested)
                {
                    await _processor.ProcessAsync(delivery, _stopping.Token, _hardStop.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _held.TryRemove(delivery.EntryId, out _);
            }
        }
    }

    private async Task PauseAsync(int failures)
    {
        var delay = TimeSpan.FromMilliseconds(Math.Min(100 * Math.Pow(2, Math.Min(failures, 10)), 5000));
        try
        {
            await Task.Delay(delay, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consumer group {Group} of {Topic} is gone (Redis lost data or the group was deleted); recreating it.")]
    private partial void LogGroupLost(string topic, string group);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading {Topic} failed: {Reason}.")]
    private partial void LogReadFailed(string topic, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reclaiming idle entries of {Topic} failed: {Reason}.")]
    private partial void LogReclaimFailed(string topic, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reclaimed {Count} idle entries of {Topic}.")]
    private partial void LogReclaimed(string topic, int count);
}
