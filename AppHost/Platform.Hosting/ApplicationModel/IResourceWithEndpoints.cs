namespace Aspire.Hosting.ApplicationModel;

/// <summary>A resource that listens on network endpoints the app host allocates.</summary>
public interface IResourceWithEndpoints : IResource;
