using System.Diagnostics;

namespace AppHost.TestService;

public static partial class TestEndpoints
{
    public static void MapTestEndpoints(this WebApplication app)
    {
        // A span (child of the request's), a log inside it, a counter and a histogram.
        app.MapGet("/work", (string? name, WorkTelemetry telemetry, ILogger<WorkTelemetry> logger) =>
        {
            var item = string.IsNullOrWhiteSpace(name) ? "default" : name;
            using var activity = telemetry.Source.StartActivity($"work {item}");
            activity?.SetTag("work.item", item);
            var duration = 5 + item.Length;
            LogWorkDone(logger, item, duration);
            telemetry.WorkDone.Add(1, new KeyValuePair<string, object?>("work.item", item));
            telemetry.WorkDuration.Record(duration, new KeyValuePair<string, object?>("work.item", item));
            return Results.Ok(new { traceId = Activity.Current?.TraceId.ToHexString(), item });
        });

        // A failed span and an error log.
        app.MapGet("/fail", (WorkTelemetry telemetry, ILogger<WorkTelemetry> logger) =>
        {
            using var activity = telemetry.Source.StartActivity("failing work");
            activity?.SetStatus(ActivityStatusCode.Error, "the work failed on purpose");
            LogWorkFailed(logger);
            return Results.Problem("the work failed on purpose", statusCode: 500);
        });

        // The environment the app host injected, so tests can check the contract from inside the process.
        app.MapGet("/env", () => Environment.GetEnvironmentVariables()
            .Cast<System.Collections.DictionaryEntry>()
            .Select(e => (Name: (string)e.Key, Value: (string?)e.Value ?? ""))
            .Where(e => InjectedPrefixes.Any(p => e.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(e => e.Name, e => e.Value));

        // Answers, then exits with code 42 as a crash would.
        app.MapPost("/crash", () =>
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(200);
                Environment.Exit(42);
            });
            return Results.Accepted();
        });

        // Writes coloured text to stdout, for the console view.
        app.MapGet("/colors", () =>
        {
            Console.WriteLine("\u001b[31mred\u001b[0m \u001b[1;32mbold green\u001b[0m \u001b[38;5;208morange\u001b[0m plain <b>not html</b>");
            return Results.Ok();
        });
    }

    private static readonly string[] InjectedPrefixes =
        ["services__", "ConnectionStrings__", "OTEL_", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "Kestrel__", "CUSTOM_"];

    [LoggerMessage(Level = LogLevel.Information, Message = "Did work {WorkItem} in {DurationMs} ms")]
    private static partial void LogWorkDone(ILogger logger, string workItem, int durationMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Work failed on purpose")]
    private static partial void LogWorkFailed(ILogger logger);
}
