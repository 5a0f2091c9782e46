namespace Platform.PubSub.Consumer;

/// <summary>What the test asks this consumer to do.</summary>
public sealed class ConsumerSettings
{
    public string AppId { get; set; } = "consumer-app";

    public string InstanceId { get; set; } = "instance";

    public string Topic { get; set; } = "test.topic";

    public int HandlerDelayMs { get; set; }

    public int ProcessingTimeoutMs { get; set; } = 2000;

    public int RedeliverIntervalMs { get; set; } = 500;

    public int Concurrency { get; set; } = 10;

    public int QueueDepth { get; set; } = 50;
}
