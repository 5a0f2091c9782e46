using Platform.Hosting.Orchestration;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>Runs <see cref="KnownResourceCommands"/> on a replica, as the dashboard's buttons do.</summary>
public sealed class ResourceCommandService
{
    private ApplicationOrchestrator? _orchestrator;

    internal void Attach(ApplicationOrchestrator orchestrator) => _orchestrator = orchestrator;

    /// <summary>Accepts the command and returns; watch <see cref="ResourceNotificationService"/> for its effect.</summary>
    public ExecuteCommandResult ExecuteCommand(string instanceName, string commandName)
    {
        if (!KnownResourceCommands.All.Contains(commandName))
        {
            return ExecuteCommandResult.Failure($"Unknown command '{commandName}'; known: {string.Join(", ", KnownResourceCommands.All)}.");
        }
        if (_orchestrator is null)
        {
            return ExecuteCommandResult.Failure("The application is not running.");
        }
        return _orchestrator.ExecuteCommand(instanceName, commandName);
    }
}
