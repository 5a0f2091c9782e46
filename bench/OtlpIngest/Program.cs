using System.Globalization;
using Platform.Bench.OtlpIngest;
using Platform.Dashboard;

if (args is ["send", var kindName, var url])
{
    await OtlpGrpcSender.RunAsync(Enum.Parse<TelemetryKind>(kindName), new Uri(url));
    return 0;
}
var duration = TimeSpan.FromSeconds(args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5);

var options = new DashboardOptions { UiUrl = "http://127.0.0.1:0", OtlpGrpcUrl = "http://127.0.0.1:0", OtlpHttpUrl = "http://127.0.0.1:0" };
await using var dashboard = new DashboardHost(options, new NoResources());
await dashboard.StartAsync(CancellationToken.None);
Console.WriteLine($"==> dashboard OTLP/gRPC at {dashboard.OtlpGrpcUrl} (stores: {options.MaxTraces:N0} traces, {options.MaxLogEntries:N0} logs)");

Console.WriteLine("==> protobuf parse alone, one thread");
var spanFloor = ParseFloor.Measure(TelemetryKind.Traces, duration);
var logFloor = ParseFloor.Measure(TelemetryKind.Logs, duration);
Report.Floor("spans", spanFloor);
Report.Floor("logs", logFloor);

Console.WriteLine("==> traces through OTLP/gRPC, after the store is full");
var spans = await IngestRun.RunAsync(dashboard, TelemetryKind.Traces, duration);
Report.Ingest("spans", "span", spans, spanFloor);
Console.WriteLine("==> logs through OTLP/gRPC, after the store is full");
var logs = await IngestRun.RunAsync(dashboard, TelemetryKind.Logs, duration);
Report.Ingest("logs", "log", logs, logFloor);

await dashboard.StopAsync(CancellationToken.None);
Console.WriteLine();
Console.WriteLine($"otlp ingest: {spans.CpuMicrosecondsPerItem:0.00} µs CPU per span = {spans.CpuMicrosecondsPerItem / spanFloor.CpuMicrosecondsPerItem:0.0}× protobuf parse alone"
    + $" ({logs.CpuMicrosecondsPerItem:0.00} µs per log = {logs.CpuMicrosecondsPerItem / logFloor.CpuMicrosecondsPerItem:0.0}×)");
return 0;
