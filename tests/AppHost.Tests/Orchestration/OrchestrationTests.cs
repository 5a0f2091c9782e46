using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using AppHost.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AppHost.Tests.Orchestration;

[Collection(StackCollection.Name)]
public sealed class OrchestrationTests(StackFixture stack)
{
    [Fact]
    public void Resources_start_only_after_what_they_wait_for_is_healthy()
    {
        var timeline = stack.Timeline.ToList();
        int First(Func<ResourceSnapshot, bool> predicate) => timeline.FindIndex(s => predicate(s));

        var redisHealthy = First(s => s.ResourceName == "redis" && s.IsHealthy);
        var apiLaunched = First(s => s.ResourceName == "api" && s.State == KnownResourceStates.Starting);
        var apiReplicasHealthy = new[] { "api-0", "api-1" }.Max(i => First(s => s.InstanceName == i && s.IsHealthy));
        var callerLaunched = First(s => s.ResourceName == "caller" && s.State == KnownResourceStates.Starting);

        Assert.True(redisHealthy >= 0 && apiLaunched > redisHealthy, "api started before redis was healthy");
        Assert.True(apiReplicasHealthy >= 0 && callerLaunched > apiReplicasHealthy, "caller started before both api replicas were healthy");
        Assert.Equal(KnownResourceStates.Waiting, timeline.First(s => s.ResourceName == "caller").State);
    }

    [Fact]
    public async Task Projects_get_the_aspire_environment()
    {
        await stack.App.WaitForResourceHealthyAsync("caller");
        using var callerClient = stack.ReplicaClient("caller");
        var caller = (await callerClient.GetFromJsonAsync<Dictionary<string, string>>("/env"))!;
        Assert.Equal(stack.App.GetEndpoint("api").ToString().TrimEnd('/'), caller["services__api__http__0"]);
        Assert.Equal(stack.App.GetEndpoint("api", "grpc").ToString().TrimEnd('/'), caller["services__api__grpc__0"]);
        Assert.Equal("Development", caller["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal(stack.Instance("caller").Urls.Single().TargetUrl, caller["ASPNETCORE_URLS"]);
        Assert.Equal("caller", caller["OTEL_SERVICE_NAME"]);

        await stack.App.WaitForResourceHealthyAsync("api");
        using var apiClient = stack.ReplicaClient("api-1");
        var api = (await apiClient.GetFromJsonAsync<Dictionary<string, string>>("/env"))!;
        var (otlpGrpc, _) = stack.App.GetOtlpEndpoints();
        Assert.Equal(await stack.App.GetConnectionStringAsync("redis"), api["ConnectionStrings__redis"]);
        Assert.Equal(otlpGrpc.GetLeftPart(UriPartial.Authority), api["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("grpc", api["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal("api", api["OTEL_SERVICE_NAME"]);
        Assert.Equal("service.instance.id=api-1", api["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal(("1000", "1000", "1000"), (api["OTEL_BSP_SCHEDULE_DELAY"], api["OTEL_BLRP_SCHEDULE_DELAY"], api["OTEL_METRIC_EXPORT_INTERVAL"]));
        var urls = stack.Instance("api-1").Urls.ToDictionary(u => u.EndpointName, u => u.TargetUrl);
        Assert.Equal((urls["http"], "Http1"), (api["Kestrel__Endpoints__http__Url"], api["Kestrel__Endpoints__http__Protocols"]));
        Assert.Equal((urls["grpc"], "Http2"), (api["Kestrel__Endpoints__grpc__Url"], api["Kestrel__Endpoints__grpc__Protocols"]));
        Assert.False(api.ContainsKey("ASPNETCORE_URLS"));
        Assert.Equal("hello", api["CUSTOM_GREETING"]);
    }

    [Fact]
    public async Task The_redis_connection_string_works_and_redis_refuses_clients_without_the_password()
    {
        var connectionString = await stack.App.GetConnectionStringAsync("redis");
        await using (var redis = await RedisClient.ConnectAsync(connectionString))
        {
            Assert.Equal("+OK", await redis.SendAsync("SET", "apphost:test", "value"));
            Assert.Equal("value", await redis.SendAsync("GET", "apphost:test"));
        }
        await using var anonymous = await RedisClient.ConnectAsync(connectionString.Split(',')[0]);
        Assert.StartsWith("-NOAUTH", await anonymous.SendAsync("PING"));
    }

    [Fact]
    public async Task Replicas_are_separate_processes_behind_one_proxied_port()
    {
        await stack.App.WaitForResourceHealthyAsync("api");
        var replicas = stack.App.ResourceNotifications.GetReplicas("api");
        Assert.Equal(new[] { "api-0", "api-1" }, replicas.Select(r => r.InstanceName));
        Assert.Equal(2, replicas.Select(r => r.ProcessId).Distinct().Count());
        Assert.Equal(2, replicas.Select(r => r.Urls.Single(u => u.EndpointName == "http").TargetUrl).Distinct().Count());
        Assert.Single(replicas.Select(r => r.Urls.Single(u => u.EndpointName == "http").Url).Distinct());

        var seen = new HashSet<string>();
        for (var i = 0; i < 20 && seen.Count < 2; i++)
        {
            // A new connection each time: the proxy balances connections, not requests.
            using var client = stack.App.CreateHttpClient("api");
            var env = (await client.GetFromJsonAsync<Dictionary<string, string>>("/env"))!;
            seen.Add(env["OTEL_RESOURCE_ATTRIBUTES"]);
        }
        Assert.Equal(new[] { "service.instance.id=api-0", "service.instance.id=api-1" }, seen.Order());
    }

    [Fact]
    public async Task The_grpc_endpoint_speaks_http2_with_prior_knowledge()
    {
        await stack.App.WaitForResourceHealthyAsync("api");
        using var client = stack.ReplicaClient("api-0", "grpc");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health") { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
    }

    [Fact]
    public async Task A_crashed_replica_is_restarted_and_its_restarts_counted()
    {
        await stack.App.WaitForResourceHealthyAsync("api");
        var before = stack.Instance("api-1");
        using (var client = stack.ReplicaClient("api-1"))
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/crash", null)).StatusCode);
        }

        var after = await Eventually.GetAsync(
            () => stack.Instance("api-1") is { IsHealthy: true } s && s.RestartCount == before.RestartCount + 1 ? s : null,
            "api-1 to come back after its crash", TimeSpan.FromMinutes(2));

        Assert.NotEqual(before.ProcessId, after.ProcessId);
        Assert.Contains(stack.Timeline, s => s.InstanceName == "api-1" && s.State == KnownResourceStates.Exited && s.ExitCode == 42);
        Assert.Contains(stack.Timeline, s => s.InstanceName == "api-1" && s.State == KnownResourceStates.Restarting);
        Assert.Equal(before.RestartCount, stack.Instance("api-0").RestartCount);
    }

    [Fact]
    public async Task Commands_stop_start_and_restart_a_replica()
    {
        await stack.App.WaitForResourceHealthyAsync("caller");
        var first = stack.Instance("caller");

        Assert.True(stack.App.ResourceCommands.ExecuteCommand("caller", KnownResourceCommands.Stop).Success);
        var stopped = await Eventually.GetAsync(() => stack.Instance("caller") is { State: KnownResourceStates.Exited } s ? s : null, "caller to stop");
        Assert.Equal("stopped", stopped.StateDetail);
        Assert.False(ProcessTable.IsAlive(first.ProcessId!.Value));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(KnownResourceStates.Exited, stack.Instance("caller").State);

        Assert.True(stack.App.ResourceCommands.ExecuteCommand("caller", KnownResourceCommands.Start).Success);
        var started = await stack.App.WaitForResourceHealthyAsync("caller");
        Assert.NotEqual(first.ProcessId, started[0].ProcessId);

        Assert.True(stack.App.ResourceCommands.ExecuteCommand("caller", KnownResourceCommands.Restart).Success);
        var restarted = await Eventually.GetAsync(
            () => stack.Instance("caller") is { IsHealthy: true } s && s.RestartCount == started[0].RestartCount + 1 ? s : null, "caller to restart");
        Assert.NotEqual(started[0].ProcessId, restarted.ProcessId);
        Assert.False(stack.App.ResourceCommands.ExecuteCommand("nobody", KnownResourceCommands.Stop).Success);
        Assert.False(stack.App.ResourceCommands.ExecuteCommand("caller", "format-disk").Success);
    }

    [Fact]
    public async Task Redis_keeps_its_data_across_a_restart()
    {
        await stack.App.WaitForResourceHealthyAsync("redis");
        var connectionString = await stack.App.GetConnectionStringAsync("redis");
        await using (var redis = await RedisClient.ConnectAsync(connectionString))
        {
            Assert.Equal("+OK", await redis.SendAsync("SET", "apphost:durable", "kept"));
        }
        var before = stack.Instance("redis");

        stack.App.ResourceCommands.ExecuteCommand("redis", KnownResourceCommands.Restart);
        await Eventually.TrueAsync(() => stack.Instance("redis") is { IsHealthy: true } s && s.ProcessId != before.ProcessId, "redis to restart");

        await using var again = await RedisClient.ConnectAsync(connectionString);
        Assert.Equal("kept", await again.SendAsync("GET", "apphost:durable"));
    }

    [Fact]
    public async Task Console_output_is_captured_line_by_line_with_its_colours()
    {
        await stack.App.WaitForResourceHealthyAsync("api");
        using (var client = stack.ReplicaClient("api-0"))
        {
            await client.GetAsync("/colors");
        }
        var line = await Eventually.GetAsync(
            () => stack.App.ResourceLogs.GetLines("api-0").LastOrDefault(l => l.Text.Contains("bold green")), "the coloured line");
        Assert.Contains("\u001b[1;32mbold green", line.Text);
        Assert.False(line.IsErrorStream);
        Assert.Contains(stack.App.ResourceLogs.GetLines("redis"), l => l.Text.Contains("Ready to accept connections"));
    }

    [Fact]
    public async Task Service_telemetry_reaches_the_dashboard()
    {
        await stack.App.WaitForResourceHealthyAsync("caller");
        using (var client = stack.ReplicaClient("caller"))
        {
            Assert.True((await client.GetAsync("/work?name=telemetry-probe")).IsSuccessStatusCode);
        }
        var telemetry = stack.App.GetTelemetry();

        var trace = await Eventually.GetAsync(() =>
            telemetry.Traces.Query(new Platform.Dashboard.Telemetry.TraceFilter("caller", "work telemetry-probe"), 5).FirstOrDefault() is { } summary
                ? telemetry.Traces.Get(summary.TraceId) is { Spans.Count: >= 2 } detail ? detail : null
                : null, "the /work trace");
        var work = trace.Spans.Single(s => s.Span.Name == "work telemetry-probe");
        var request = trace.Spans.Single(s => s.Span.SpanId == work.Span.ParentSpanId);
        Assert.Equal(("Server", "caller"), (request.Span.Kind, request.Span.Source.ServiceName));
        Assert.Equal("telemetry-probe", work.Span.Attributes["work.item"]);

        var log = await Eventually.GetAsync(() =>
            telemetry.Logs.Query(new Platform.Dashboard.Telemetry.LogFilter("caller", Text: "Did work telemetry-probe"), 5).Entries.FirstOrDefault(), "the work log");
        Assert.StartsWith("Did work telemetry-probe in", log.Message);
        Assert.Equal(trace.Summary.TraceId, log.TraceId);

        var source = new Platform.Dashboard.Telemetry.TelemetrySource("caller", "caller");
        var counter = await Eventually.GetAsync(() => telemetry.Metrics.Get(source, "testservice.work.count") is { } view &&
            view.Series.Any(s => s.Attributes["work.item"] == "telemetry-probe") ? view : null, "the work counter");
        Assert.Equal(1d, counter.Series.Single(s => s.Attributes["work.item"] == "telemetry-probe").Points.Last().Value);
    }

    [Fact]
    public void Health_probes_are_reported_per_replica()
    {
        var snapshots = stack.App.ResourceNotifications.GetSnapshots();
        Assert.All(snapshots.Where(s => s.ResourceName == "api"), s => Assert.Equal(new[] { "GET /health on http" }, s.HealthProbes));
        Assert.Equal(new[] { "AUTH + PING" }, snapshots.Single(s => s.ResourceName == "redis").HealthProbes);
        Assert.Contains(stack.Timeline, s => s.ResourceName == "api" && s.State == KnownResourceStates.Running && s.HealthStatus == HealthStatus.Unhealthy
            || s.ResourceName == "api" && s.State == KnownResourceStates.Running && s.HealthStatus is null);
    }
}
