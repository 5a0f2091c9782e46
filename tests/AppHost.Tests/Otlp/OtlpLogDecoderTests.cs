using Google.Protobuf;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;
using OpenTelemetry.Proto.Resource.V1;
using Platform.Dashboard;
using Platform.Dashboard.Otlp;
using Platform.Dashboard.Telemetry;

namespace AppHost.Tests.Otlp;

/// <summary>The log decoder reads the wire format itself; these pin it to what the protobuf messages say.</summary>
public sealed class OtlpLogDecoderTests
{
    [Fact]
    public void Every_field_the_dashboard_shows_is_decoded()
    {
        var stores = new TelemetryStores(new DashboardOptions(), new ChangeFeed());
        var records = new[]
        {
            new LogRecord
            {
                TimeUnixNano = 1_700_000_000_000_000_000,
                SeverityNumber = SeverityNumber.Warn2,
                Body = new AnyValue { StringValue = "disk almost full" },
                Attributes = { new KeyValue { Key = "free", Value = new AnyValue { IntValue = 42 } } },
                TraceId = ByteString.CopyFrom(Convert.FromHexString("0102030405060708090a0b0c0d0e0f10")),
                SpanId = ByteString.CopyFrom(Convert.FromHexString("1112131415161718")),
                EventName = "disk.check",
            },
            new LogRecord
            {
                ObservedTimeUnixNano = 1_700_000_001_000_000_000,
                SeverityText = "fatal",
                Body = new AnyValue { ArrayValue = new ArrayValue { Values = { new AnyValue { DoubleValue = 1.5 } } } },
                TraceId = ByteString.CopyFrom(1, 2, 3),
            },
        };
        var request = new ExportLogsServiceRequest
        {
            ResourceLogs =
            {
                new ResourceLogs
                {
                    Resource = new Resource { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = "disk" } } } },
                    ScopeLogs = { new ScopeLogs { Scope = new InstrumentationScope { Name = "Disk.Checks" }, LogRecords = { records } } },
                },
            },
        };

        OtlpLogIngestion.Ingest(stores, request.ToByteArray());

        var (entries, total) = stores.Logs.Query(new LogFilter(), 10);
        Assert.Equal(2, total);
        var (fatal, warning) = (entries[0], entries[1]);
        Assert.Equal(("disk almost full", LogLevel.Warning, 14, "42", "0102030405060708090a0b0c0d0e0f10", "1112131415161718", "disk.check", "Disk.Checks"),
            (warning.Message, warning.Level, warning.SeverityNumber, warning.Attributes["free"], warning.TraceId, warning.SpanId, warning.EventName, warning.Scope));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), warning.Timestamp);
        Assert.Equal(new TelemetrySource("disk", "disk"), warning.Source);
        Assert.Equal(("[1.5]", LogLevel.Critical, 0, null, null, null), (fatal.Message, fatal.Level, fatal.SeverityNumber, fatal.TraceId, fatal.SpanId, fatal.EventName));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_001_000), fatal.Timestamp);
        Assert.Empty(fatal.Attributes);
    }
}
