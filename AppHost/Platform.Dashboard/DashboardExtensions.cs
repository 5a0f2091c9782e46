using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Platform.Dashboard.Api;
using Platform.Dashboard.Components;
using Platform.Dashboard.Otlp;
using Platform.Dashboard.Resources;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard;

/// <summary>Registers and maps the dashboard's parts.</summary>
internal static class DashboardExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, DashboardOptions options,
        TelemetryStores telemetry, IDashboardResourceSource resources)
    {
        services.AddSingleton(options);
        services.AddSingleton(telemetry);
        services.AddSingleton(telemetry.Changes);
        services.AddSingleton(resources);
        services.Configure<JsonOptions>(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddRazorComponents();
        services.AddOtlpGrpc(options);
        return services;
    }

    public static WebApplication MapDashboard(this WebApplication app, Func<DashboardListener, ListenOptions> listeners)
    {
        app.UseMiddleware<ListenerRouting>(listeners);
        app.UseAntiforgery();
        app.MapGet("/", () => Results.Redirect("/resources")).WithMetadata(DashboardListener.Ui);
        app.MapDashboardAssets();
        app.MapResourcesApi();
        app.MapTelemetryApi();
        app.MapChangesStream();
        app.MapOtlpHttp();
        app.MapOtlpGrpc();
        app.MapRazorComponents<App>().WithMetadata(DashboardListener.Ui);
        return app;
    }
}
