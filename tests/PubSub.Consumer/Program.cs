using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.PubSub;
using Platform.PubSub.Consumer;
using Platform.Redis;

// Configured by the tests through the environment: ConnectionStrings__redis, Consumer__* (see ConsumerSettings).
var builder = Host.CreateApplicationBuilder(args);
var settings = builder.Configuration.GetSection("Consumer").Get<ConsumerSettings>() ?? new ConsumerSettings();
builder.Services.AddSingleton(settings);
builder.AddRedisClient("redis");
builder.AddPubSub("pubsub", settings.AppId, options =>
{
    options.InstanceId = settings.InstanceId;
    options.ProcessingTimeout = TimeSpan.FromMilliseconds(settings.ProcessingTimeoutMs);
    options.RetryMaxDelay = TimeSpan.FromMilliseconds(settings.ProcessingTimeoutMs / 4.0);
    options.RedeliverInterval = TimeSpan.FromMilliseconds(settings.RedeliverIntervalMs);
    options.Concurrency = settings.Concurrency;
    options.QueueDepth = settings.QueueDepth;
}).Subscribe<Google.Protobuf.WellKnownTypes.StringValue, RecordingHandler>(settings.Topic);

var host = builder.Build();
await host.StartAsync();
Console.WriteLine("consumer ready");
await host.WaitForShutdownAsync();
