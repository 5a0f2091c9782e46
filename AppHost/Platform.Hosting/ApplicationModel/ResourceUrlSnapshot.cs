namespace Aspire.Hosting.ApplicationModel;

/// <summary>An endpoint as the dashboard shows it: the public URL, and the replica's own URL when they differ.</summary>
public sealed record ResourceUrlSnapshot(string EndpointName, string Url, string TargetUrl, bool IsExternal);
