using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Platform.ServiceDefaults.Tests;

/// <summary>A real HTTP listener that records every OTLP/HTTP export it receives, undecoded.</summary>
public sealed class OtlpHttpSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _exports = new();

    private OtlpHttpSink(WebApplication app) => _app = app;

    public string Endpoint => _app.Urls.First();

    public static async Task<OtlpHttpSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new OtlpHttpSink(app);
        app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            sink._exports.Enqueue(($"/v1/{signal}", context.Request.ContentType ?? "", body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return sink;
    }

    /// <summary>Protobuf writes strings as raw UTF-8, so a name in an export can be found without decoding it.</summary>
    public bool Received(string path, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return _exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    public IReadOnlyList<string> ContentTypes => _exports.Select(e => e.ContentType).Distinct().ToList();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
