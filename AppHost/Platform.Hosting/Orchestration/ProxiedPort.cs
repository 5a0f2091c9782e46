using Aspire.Hosting.ApplicationModel;

namespace Platform.Hosting.Orchestration;

/// <summary>A public port that the app host relays to the replicas of an endpoint.</summary>
internal sealed record ProxiedPort(IResource Resource, string EndpointName, int PublicPort);
