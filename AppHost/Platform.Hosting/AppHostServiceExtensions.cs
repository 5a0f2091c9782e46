using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Dashboard;
using Platform.Dashboard.Resources;
using Platform.Hosting.Dashboard;
using Platform.Hosting.Orchestration;

namespace Platform.Hosting;

/// <summary>What a built application runs: the dashboard first, then the orchestrator, then the start-up report.</summary>
internal static class AppHostServiceExtensions
{
    public static void AddAppHostServices(this HostApplicationBuilder host, DistributedApplicationModel model,
        string appHostDirectory, DistributedApplicationOptions options)
    {
        var services = host.Services;
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(60));
        host.Logging.ClearProviders().AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        host.Logging.AddFilter("Microsoft", LogLevel.Warning);
        host.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        services.AddSingleton(model);
        services.AddSingleton(AppHostOptions.FromConfiguration(host.Configuration, appHostDirectory));
        services.AddSingleton<ResourceNotificationService>();
        services.AddSingleton(new ResourceLoggerService());
        services.AddSingleton<ResourceCommandService>();
        services.AddSingleton<PortAllocator>();
        services.AddSingleton<LaunchPlanner>();

        if (options.DisableDashboard)
        {
            services.AddSingleton<IOtlpTargetSource, NoOtlpTarget>();
        }
        else
        {
            services.AddSingleton(DashboardOptions.FromConfiguration(host.Configuration));
            services.AddSingleton<IDashboardResourceSource, DashboardResourceSource>();
            services.AddSingleton<DashboardHost>();
            services.AddSingleton<IOtlpTargetSource, DashboardOtlpTarget>();
            services.AddHostedService<DashboardStartup>();
        }

        services.AddSingleton<ApplicationOrchestrator>();
        services.AddHostedService(provider => provider.GetRequiredService<ApplicationOrchestrator>());
        services.AddHostedService<StartupReport>();
    }
}
