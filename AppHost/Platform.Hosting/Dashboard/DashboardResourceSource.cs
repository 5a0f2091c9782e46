using Aspire.Hosting.ApplicationModel;
using Platform.Dashboard.Resources;

namespace Platform.Hosting.Dashboard;

/// <summary>The app model's replicas, console output and commands, in the shape the dashboard reads.</summary>
internal sealed class DashboardResourceSource : IDashboardResourceSource
{
    private readonly ResourceNotificationService _notifications;
    private readonly ResourceLoggerService _console;
    private readonly ResourceCommandService _commands;

    public DashboardResourceSource(ResourceNotificationService notifications, ResourceLoggerService console, ResourceCommandService commands)
    {
        (_notifications, _console, _commands) = (notifications, console, commands);
        notifications.Changed += _ => ResourcesChanged?.Invoke();
        console.LinesAdded += instance => ConsoleChanged?.Invoke(instance);
    }

    public event Action? ResourcesChanged;

    public event Action<string>? ConsoleChanged;

    public IReadOnlyList<ResourceView> GetResources() => _notifications.GetSnapshots().Select(ToView).ToList();

    public IReadOnlyList<ConsoleLineView> GetConsoleLines(string instanceName, int maxLines) =>
        _console.GetLines(instanceName).TakeLast(maxLines)
            .Select(l => new ConsoleLineView(l.LineNumber, l.Timestamp, l.Text, l.IsErrorStream))
            .ToList();

    public string? ExecuteCommand(string instanceName, string commandName)
    {
        var result = _commands.ExecuteCommand(instanceName, commandName);
        return result.Success ? null : result.ErrorMessage;
    }

    private static ResourceView ToView(ResourceSnapshot s) => new()
    {
        Name = s.InstanceName,
        ResourceName = s.ResourceName,
        Type = s.ResourceType,
        State = s.State,
        Health = s.HealthStatus?.ToString(),
        StateDetail = s.StateDetail,
        ProcessId = s.ProcessId,
        StartedAt = s.StartedAt,
        StoppedAt = s.StoppedAt,
        ExitCode = s.ExitCode,
        RestartCount = s.RestartCount,
        Urls = s.Urls.Select(u => new ResourceUrlView(u.EndpointName, u.Url, u.TargetUrl, u.IsExternal)).ToList(),
        Environment = s.Environment,
        Command = s.Command,
        Arguments = s.Arguments,
        WaitsFor = s.WaitsFor,
        References = s.References,
        HealthChecks = s.HealthProbes,
    };
}
