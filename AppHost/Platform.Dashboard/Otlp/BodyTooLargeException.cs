namespace Platform.Dashboard.Otlp;

/// <summary>An OTLP body (after decompression) larger than the configured limit.</summary>
internal sealed class BodyTooLargeException : Exception;
