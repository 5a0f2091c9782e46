namespace Aspire.Hosting.ApplicationModel;

/// <summary>A resource that runs as a process and so can be given command-line arguments.</summary>
public interface IResourceWithArgs : IResource;
