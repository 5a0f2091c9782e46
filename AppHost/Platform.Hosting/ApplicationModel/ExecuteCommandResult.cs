namespace Aspire.Hosting.ApplicationModel;

public sealed record ExecuteCommandResult(bool Success, string? ErrorMessage)
{
    public static ExecuteCommandResult Accepted { get; } = new(true, null);

    public static ExecuteCommandResult Failure(string message) => new(false, message);
}
