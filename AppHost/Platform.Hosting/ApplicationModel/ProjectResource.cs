namespace Aspire.Hosting.ApplicationModel;

/// <summary>A .NET project, started from its build output as <c>dotnet {assembly}.dll</c>.</summary>
public class ProjectResource(string name, string projectPath)
    : Resource(name), IResourceWithEnvironment, IResourceWithArgs, IResourceWithServiceDiscovery, IResourceWithWaitSupport
{
    /// <summary>Absolute path of the .csproj.</summary>
    public string ProjectPath { get; } = projectPath;
}
