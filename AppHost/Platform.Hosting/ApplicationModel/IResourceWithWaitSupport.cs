namespace Aspire.Hosting.ApplicationModel;

/// <summary>A resource whose start can be held back until other resources are healthy.</summary>
public interface IResourceWithWaitSupport : IResource;
