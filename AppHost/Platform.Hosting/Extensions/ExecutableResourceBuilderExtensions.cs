using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class ExecutableResourceBuilderExtensions
{
    /// <summary>
    /// A program to run: <paramref name="command"/> is a path or a name on PATH; <paramref name="workingDirectory"/>
    /// is relative to the app host directory.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddExecutable(this IDistributedApplicationBuilder builder,
        string name, string command, string workingDirectory, params string[] args)
    {
        var directory = Path.GetFullPath(workingDirectory, builder.AppHostDirectory);
        var resource = builder.AddResource(new ExecutableResource(name, command, directory));
        return args.Length > 0 ? resource.WithArgs(args) : resource;
    }
}
