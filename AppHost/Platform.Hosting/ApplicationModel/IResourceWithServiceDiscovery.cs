namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A resource whose endpoints other resources can reference: each endpoint becomes
/// <c>services__{name}__{endpoint}__0</c> in the referencing resource's environment.
/// </summary>
public interface IResourceWithServiceDiscovery : IResourceWithEndpoints;
