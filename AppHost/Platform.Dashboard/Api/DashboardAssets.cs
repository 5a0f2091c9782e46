using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.Dashboard.Api;

/// <summary>
/// The dashboard's CSS and JavaScript, embedded in the assembly (no static-web-assets manifest, no CDN), served
/// from /_dashboard/{file} with an ETag.
/// </summary>
internal static class DashboardAssets
{
    private static readonly Dictionary<string, (byte[] Content, string ContentType, string ETag)> Assets = Load();

    public static void MapDashboardAssets(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/_dashboard/{file}", (string file, HttpContext context) =>
        {
            if (!Assets.TryGetValue(file, out var asset))
            {
                return Results.NotFound();
            }
            if (context.Request.Headers.IfNoneMatch == asset.ETag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
            context.Response.Headers.ETag = asset.ETag;
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(asset.Content, asset.ContentType);
        }).WithMetadata(DashboardListener.Ui);

    private static Dictionary<string, (byte[], string, string)> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("dashboard/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var file = name["dashboard/".Length..];
            var contentType = Path.GetExtension(file) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            assets[file] = (content, contentType, $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content))[..16]}\"");
        }
        return assets;
    }
}
