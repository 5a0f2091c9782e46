using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Platform.Redis;

namespace Platform.PubSub;

/// <summary>
/// Acknowledges processed entries with one XACK for everything that finished while the previous XACK was in
/// flight. An ack that cannot be sent leaves the entry pending, so it is delivered again (at least once).
/// </summary>
internal sealed partial class AckBatcher : IAsyncDisposable
{
    private const int MaxBatch = 1000;
    private readonly IRedisClient _redis;
    private readonly string _topic;
    private readonly string _group;
    private readonly ILogger _logger;
    private readonly Channel<string> _ids = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public AckBatcher(IRedisClient redis, string topic, string group, ILogger logger)
    {
        _redis = redis;
        _topic = topic;
        _group = group;
        _logger = logger;
        _loop = Task.Run(LoopAsync);
    }

    public void Enqueue(string entryId) => _ids.Writer.TryWrite(entryId);

    /// <summary>Sends what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _ids.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task LoopAsync()
    {
        var batch = new List<RedisArg>(MaxBatch + 2);
        while (await _ids.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            batch.Add(_topic);
            batch.Add(_group);
            while (batch.Count < MaxBatch + 2 && _ids.Reader.TryRead(out var id))
            {
                batch.Add(id);
            }
            var args = batch.ToArray();
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await _redis.ExecuteAsync("XACK", args).ConfigureAwait(false);
                    break;
                }
                catch (RedisException ex) when (attempt < 3)
                {
                    LogAckRetry(_topic, args.Length - 2, ex.Message);
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt)).ConfigureAwait(false);
                }
                catch (RedisException ex)
                {
                    LogAckFailed(_topic, args.Length - 2, ex.Message);
                    break;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "XACK of {Count} entries on {Topic} failed ({Reason}); retrying.")]
    private partial void LogAckRetry(string topic, int count, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "XACK of {Count} entries on {Topic} failed ({Reason}); they stay pending and will be delivered again.")]
    private partial void LogAckFailed(string topic, int count, string reason);
}
