namespace Platform.PubSub;

/// <summary>
/// The pub/sub component's settings. Names follow Dapr's pubsub.redis metadata (consumerID, processingTimeout,
/// redeliverInterval, queueDepth, concurrency, maxLenApprox) so docs/dapr/pubsub.yaml can carry the same values.
/// </summary>
public sealed class PubSubOptions
{
    /// <summary>The component name callers pass as pubsubName (Dapr: metadata.name of the component).</summary>
    public string PubSubName { get; set; } = "pubsub";

    /// <summary>The app id: the CloudEvent source and the consumer group name (Dapr: consumerID, defaulting to the app id).</summary>
    public string AppId { get; set; } = "";

    /// <summary>This replica's id; the consumer name in the group is "{AppId}-{InstanceId}".</summary>
    public string InstanceId { get; set; } = DefaultInstanceId();

    /// <summary>Streams are trimmed to about this many entries on publish (XADD MAXLEN ~); null for no trimming.</summary>
    public long? MaxLenApprox { get; set; } = 100_000;

    /// <summary>How long an entry may stay pending before another consumer claims it (Dapr default 15s).</summary>
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often pending entries are checked for reclaiming (Dapr default 60s).</summary>
    public TimeSpan RedeliverInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Entries fetched per XREADGROUP (COUNT) and the size of the in-process queue (Dapr default 100).</summary>
    public int QueueDepth { get; set; } = 100;

    /// <summary>Handlers running at once per subscription (Dapr default 10).</summary>
    public int Concurrency { get; set; } = 10;

    /// <summary>How long one XREADGROUP blocks waiting for new entries.</summary>
    public TimeSpan ReadBlock { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries (first one included) before a failing event goes to the dead-letter topic.</summary>
    public int MaxDeliveries { get; set; } = 5;

    /// <summary>The wait before the first retry of a failed handler; it doubles up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two retries.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the dedupe helper remembers an event id.</summary>
    public TimeSpan DedupeTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often consumer lag and pending counts are read for the metrics.</summary>
    public TimeSpan LagRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The consumer name inside the group.</summary>
    public string ConsumerName => $"{AppId}-{InstanceId}";

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        TopicName.Validate(PubSubName, nameof(PubSubName));
        TopicName.Validate(AppId, nameof(AppId));
        TopicName.Validate(InstanceId, nameof(InstanceId));
        if (MaxLenApprox is <= 0)
        {
            throw new ArgumentException("MaxLenApprox must be positive (or null for no trimming).");
        }
        if (ProcessingTimeout <= TimeSpan.Zero || RedeliverInterval <= TimeSpan.Zero || ReadBlock <= TimeSpan.Zero || LagRefreshInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("ProcessingTimeout, RedeliverInterval, ReadBlock and LagRefreshInterval must be positive.");
        }
        if (QueueDepth < 1 || Concurrency < 1 || MaxDeliveries < 1)
        {
            throw new ArgumentException("QueueDepth, Concurrency and MaxDeliveries must be at least 1.");
        }
        if (RetryInitialDelay <= TimeSpan.Zero || RetryMaxDelay < RetryInitialDelay || DedupeTtl <= TimeSpan.Zero)
        {
            throw new ArgumentException("Retry delays and DedupeTtl must be positive, the maximum at least the initial delay.");
        }
        if (RetryMaxDelay >= ProcessingTimeout)
        {
            throw new ArgumentException("RetryMaxDelay must be shorter than ProcessingTimeout, or another consumer would reclaim an entry during its backoff.");
        }
    }

    private static string DefaultInstanceId()
    {
        // The app host sets OTEL_RESOURCE_ATTRIBUTES=service.instance.id=…; fall back to host and process.
        var attributes = Environment.GetEnvironmentVariable("OTEL_RESOURCE_ATTRIBUTES") ?? "";
        foreach (var pair in attributes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (pair.StartsWith("service.instance.id=", StringComparison.Ordinal) && pair.Length > "service.instance.id=".Length)
            {
                return pair["service.instance.id=".Length..];
            }
        }
        return $"{Environment.MachineName}-{Environment.ProcessId}";
    }
}
