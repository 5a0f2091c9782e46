using Google.Protobuf;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Proto.Collector.Logs.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>OTLP log export requests into the log store.</summary>
internal static class OtlpLogIngestion
{
    /// <summary>A request already parsed (from OTLP/JSON) takes the same path as the bytes of OTLP/protobuf.</summary>
    public static ExportLogsServiceResponse Ingest(TelemetryStores stores, ExportLogsServiceRequest request) =>
        Ingest(stores, request.ToByteArray());

    /// <summary>Decodes the whole request before keeping anything, so a malformed one changes nothing.</summary>
    /// <exception cref="MalformedOtlpException">The bytes are not an ExportLogsServiceRequest.</exception>
    public static ExportLogsServiceResponse Ingest(TelemetryStores stores, ReadOnlySpan<byte> request)
    {
        var decoded = OtlpLogDecoder.Decode(request, stores);
        foreach (var source in decoded.Sources)
        {
            stores.Seen(source);
        }
        stores.Logs.Add(decoded.Entries);
        if (decoded.Entries.Count > 0)
        {
            stores.Changes.Notify(ChangeFeed.Logs);
        }
        return new ExportLogsServiceResponse();
    }

    /// <summary>Severity numbers come in fours (TRACE 1-4 ... FATAL 21-24); without one, the text decides.</summary>
    public static LogLevel Level(int severityNumber, string severityText) => severityNumber switch
    {
        >= 1 and <= 4 => LogLevel.Trace,
        >= 5 and <= 8 => LogLevel.Debug,
        >= 9 and <= 12 => LogLevel.Information,
        >= 13 and <= 16 => LogLevel.Warning,
        >= 17 and <= 20 => LogLevel.Error,
        >= 21 and <= 24 => LogLevel.Critical,
        _ => severityText.ToUpperInvariant() switch
        {
            "TRACE" => LogLevel.Trace,
            "DEBUG" => LogLevel.Debug,
            "WARN" or "WARNING" => LogLevel.Warning,
            "ERROR" => LogLevel.Error,
            "FATAL" or "CRITICAL" => LogLevel.Critical,
            _ => LogLevel.Information,
        },
    };
}
