namespace Aspire.Hosting.ApplicationModel;

/// <summary>A program on this machine, started as a child process of the app host.</summary>
public class ExecutableResource(string name, string command, string workingDirectory)
    : Resource(name), IResourceWithEnvironment, IResourceWithArgs, IResourceWithEndpoints, IResourceWithWaitSupport
{
    /// <summary>A path, or a program name looked up on PATH.</summary>
    public string Command { get; } = command;

    public string WorkingDirectory { get; } = workingDirectory;
}
