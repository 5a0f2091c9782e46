using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Dashboard.Rendering;
using Platform.Dashboard.Resources;

namespace Platform.Dashboard.Api;

/// <summary>
/// GET /api/resources (every replica, secrets masked), GET /api/console/{name}, and
/// POST /api/resources/{name}/commands/{command}, which needs the header "X-Dashboard-Action: 1" so that a page
/// on another site cannot trigger it (the header forces a CORS preflight, which is never granted).
/// </summary>
internal static class ResourcesApi
{
    public const string ActionHeader = "X-Dashboard-Action";

    public static void MapResourcesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithMetadata(DashboardListener.Ui);
        api.MapGet("/resources", (IDashboardResourceSource source) => source.GetResources().Select(Masked));
        api.MapGet("/resources/{name}", (string name, IDashboardResourceSource source) =>
            source.GetResources().FirstOrDefault(r => r.Name == name) is { } resource
                ? Results.Ok(Masked(resource))
                : Results.NotFound(new { error = $"No resource named '{name}'." }));
        api.MapGet("/console/{name}", (string name, int? max, IDashboardResourceSource source) =>
            source.GetResources().Any(r => r.Name == name)
                ? Results.Ok(source.GetConsoleLines(name, Math.Clamp(max ?? 1000, 1, 10_000)))
                : Results.NotFound(new { error = $"No resource named '{name}'." }));
        api.MapPost("/resources/{name}/commands/{command}", (string name, string command, HttpRequest request, IDashboardResourceSource source) =>
        {
            if (request.Headers[ActionHeader] != "1")
            {
                return Results.BadRequest(new { error = $"Commands need the header {ActionHeader}: 1." });
            }
            if (source.GetResources().All(r => r.Name != name))
            {
                return Results.NotFound(new { error = $"No resource named '{name}'." });
            }
            return source.ExecuteCommand(name, command) is { } error
                ? Results.BadRequest(new { error })
                : Results.Ok(new { accepted = true });
        });
    }

    /// <summary>A resource as it may be shown: environment and arguments masked.</summary>
    public static ResourceView Masked(ResourceView resource) => resource with
    {
        Environment = SecretMasker.MaskEnvironment(resource.Environment),
        Arguments = SecretMasker.MaskArguments(resource.Arguments),
    };
}
