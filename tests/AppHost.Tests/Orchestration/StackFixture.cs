using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using AppHost.Tests.Infrastructure;

namespace AppHost.Tests.Orchestration;

/// <summary>
/// A test application run once for the orchestration tests: redis, "api" (the test service, two replicas, h2c
/// endpoint, waits for redis) and "caller" (one replica, references api, waits for it).
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    private readonly ConcurrentQueue<ResourceSnapshot> _timeline = new();

    public DistributedApplication App { get; private set; } = default!;

    /// <summary>Every published state change, in order, from before start.</summary>
    public IReadOnlyList<ResourceSnapshot> Timeline => [.. _timeline];

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationTestingBuilder.Create(Repository.Root);
        var redis = builder.AddRedis("redis");
        var api = builder.AddProject("api", Repository.TestServiceProject)
            .WithGrpcEndpoint()
            .WithReplicas(2)
            .WithReference(redis)
            .WaitFor(redis)
            .WithHttpHealthCheck("/health")
            .WithEnvironment("CUSTOM_GREETING", "hello");
        builder.AddProject("caller", Repository.TestServiceProject)
            .WithReference(api)
            .WaitFor(api)
            .WithHttpHealthCheck("/health");
        App = await builder.BuildAsync();
        App.ResourceNotifications.Changed += _timeline.Enqueue;
        await App.StartAsync();
        await App.WaitForResourceHealthyAsync("caller", TimeSpan.FromMinutes(3));
    }

    public ResourceSnapshot Instance(string name) => App.ResourceNotifications.TryGetInstance(name)!;

    /// <summary>A client for one replica's own port (not the proxy's).</summary>
    public HttpClient ReplicaClient(string instance, string endpoint = "http") =>
        new(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(Instance(instance).Urls.Single(u => u.EndpointName == endpoint).TargetUrl) };

    public async Task DisposeAsync() => await App.DisposeAsync();
}
