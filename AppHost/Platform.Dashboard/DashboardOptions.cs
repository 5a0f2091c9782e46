using Microsoft.Extensions.Configuration;

namespace Platform.Dashboard;

/// <summary>
/// Where the dashboard listens and how much it keeps. Read from the app host's configuration with Aspire's names:
/// ASPNETCORE_URLS (UI), DOTNET_DASHBOARD_OTLP_ENDPOINT_URL (OTLP/gRPC), DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL
/// (OTLP/HTTP); limits from section "Dashboard". A port of 0 means any free port (use 127.0.0.1 then).
/// </summary>
public sealed class DashboardOptions
{
    public string UiUrl { get; set; } = "http://localhost:18888";

    public string OtlpGrpcUrl { get; set; } = "http://localhost:18889";

    public string OtlpHttpUrl { get; set; } = "http://localhost:18890";

    public int MaxLogEntries { get; set; } = 10_000;

    public int MaxTraces { get; set; } = 10_000;

    public int MaxSpansPerTrace { get; set; } = 5_000;

    /// <summary>At the 1 s export interval services use in development, 900 points are 15 minutes.</summary>
    public int MaxPointsPerSeries { get; set; } = 900;

    public int MaxSeriesPerInstrument { get; set; } = 200;

    /// <summary>Largest OTLP request body accepted.</summary>
    public long MaxRequestBodyBytes { get; set; } = 32 * 1024 * 1024;

    public static DashboardOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new DashboardOptions();
        options.UiUrl = FirstUrl(configuration["ASPNETCORE_URLS"]) ?? options.UiUrl;
        options.OtlpGrpcUrl = configuration["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"] ?? options.OtlpGrpcUrl;
        options.OtlpHttpUrl = configuration["DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] ?? options.OtlpHttpUrl;
        configuration.GetSection("Dashboard").Bind(options);
        return options;
    }

    private static string? FirstUrl(string? urls) =>
        urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
