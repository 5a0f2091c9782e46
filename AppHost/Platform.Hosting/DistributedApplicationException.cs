namespace Aspire.Hosting;

/// <summary>
/// A problem the person running the app host must fix (a missing program, a taken port, a project that does not
/// build). Its message is one line that says what and how; the app host prints it instead of a stack trace.
/// </summary>
public sealed class DistributedApplicationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
