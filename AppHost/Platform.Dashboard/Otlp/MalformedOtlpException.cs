namespace Platform.Dashboard.Otlp;

/// <summary>An OTLP protobuf body that does not decode: truncated, or not protobuf at all.</summary>
internal sealed class MalformedOtlpException(string message) : Exception(message);
