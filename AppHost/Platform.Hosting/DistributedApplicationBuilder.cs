using System.Reflection;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Hosting;

namespace Aspire.Hosting;

/// <summary>The app model being declared, on top of a generic host that will run the orchestrator and the dashboard.</summary>
public sealed class DistributedApplicationBuilder : IDistributedApplicationBuilder
{
    private readonly HostApplicationBuilder _host;
    private readonly DistributedApplicationOptions _options;
    private readonly ResourceCollection _resources = [];

    public DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        var interception = BuilderInterception.Current;
        _options = options;
        _host = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = options.Args,
            ApplicationName = Assembly.GetEntryAssembly()?.GetName().Name,
        });
        AppHostDirectory = Path.GetFullPath(options.ProjectDirectory
            ?? RecordedProjectDirectory(interception?.AppHostAssembly ?? Assembly.GetEntryAssembly())
            ?? Directory.GetCurrentDirectory());
        interception?.OnCreated(this);
    }

    public ConfigurationManager Configuration => _host.Configuration;

    public IHostEnvironment Environment => _host.Environment;

    public IServiceCollection Services => _host.Services;

    public string AppHostDirectory { get; }

    public IResourceCollection Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DistributedApplicationException($"The application already has a resource named '{resource.Name}'.");
        }
        _resources.Add(resource);
        return CreateResourceBuilder(resource);
    }

    public IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource =>
        new ResourceBuilder<T>(this, resource);

    public DistributedApplication Build()
    {
        if (BuilderInterception.Current is { } interception)
        {
            // Under DistributedApplicationTestingBuilder: hand the declared model to the test and leave the
            // app host's Main before it runs anything.
            interception.Capture(this);
            throw new BuildInterceptedException();
        }
        return BuildCore();
    }

    internal DistributedApplication BuildCore()
    {
        var resources = _resources.ToList();
        ApplicationModelValidator.Validate(resources);
        _host.AddAppHostServices(new DistributedApplicationModel(resources), AppHostDirectory, _options);
        return new DistributedApplication(_host.Build());
    }

    private static string? RecordedProjectDirectory(Assembly? appHost) =>
        appHost?
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "AppHostProjectDirectory")?.Value;
}
