using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Platform.Dashboard.Resources;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Api;

/// <summary>
/// GET /api/changes: Server-Sent Events naming the topics that changed ("resources", "logs", "console:redis"...),
/// at most four times a second, with a comment every 15 s to keep the connection alive. Pages listen and re-render.
/// </summary>
internal static class ChangesStream
{
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static void MapChangesStream(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/changes", StreamAsync).WithMetadata(DashboardListener.Ui);

    private static async Task StreamAsync(HttpContext context, ChangeFeed feed, IDashboardResourceSource resources, IHostApplicationLifetime lifetime)
    {
        var topics = Channel.CreateBounded<string>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnChange(string topic) => topics.Writer.TryWrite(topic);
        void OnResources() => topics.Writer.TryWrite(ChangeFeed.Resources);
        void OnConsole(string instance) => topics.Writer.TryWrite($"{ChangeFeed.Console}:{instance}");
        feed.Changed += OnChange;
        resources.ResourcesChanged += OnResources;
        resources.ConsoleChanged += OnConsole;
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.WriteAsync(": connected\n\n", ending.Token);
            await context.Response.Body.FlushAsync(ending.Token);
            while (!ending.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ending.Token);
                wait.CancelAfter(KeepAlive);
                string first;
                try
                {
                    first = await topics.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!ending.IsCancellationRequested)
                {
                    await context.Response.WriteAsync(": keep-alive\n\n", ending.Token);
                    await context.Response.Body.FlushAsync(ending.Token);
                    continue;
                }
                await Task.Delay(Coalesce, ending.Token);
                var changed = new HashSet<string> { first };
                while (topics.Reader.TryRead(out var topic))
                {
                    changed.Add(topic);
                }
                await context.Response.WriteAsync($"data: {string.Join(' ', changed)}\n\n", ending.Token);
                await context.Response.Body.FlushAsync(ending.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the dashboard is stopping.
        }
        finally
        {
            feed.Changed -= OnChange;
            resources.ResourcesChanged -= OnResources;
            resources.ConsoleChanged -= OnConsole;
        }
    }
}
