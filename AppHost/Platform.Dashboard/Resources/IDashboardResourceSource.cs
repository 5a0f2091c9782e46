namespace Platform.Dashboard.Resources;

/// <summary>
/// What the dashboard needs from whoever runs the resources (the app host's orchestrator): their state, their
/// console output, and a way to run commands. The dashboard never touches processes itself.
/// </summary>
public interface IDashboardResourceSource
{
    IReadOnlyList<ResourceView> GetResources();

    /// <summary>Console lines of a replica, oldest first, at most <paramref name="maxLines"/> of the latest.</summary>
    IReadOnlyList<ConsoleLineView> GetConsoleLines(string instanceName, int maxLines);

    /// <summary>Runs a command ("resource-start", "resource-stop", "resource-restart"); returns an error message or null.</summary>
    string? ExecuteCommand(string instanceName, string commandName);

    /// <summary>Raised when any resource's state changes.</summary>
    event Action? ResourcesChanged;

    /// <summary>Raised with the instance name when a replica writes console output.</summary>
    event Action<string>? ConsoleChanged;
}
