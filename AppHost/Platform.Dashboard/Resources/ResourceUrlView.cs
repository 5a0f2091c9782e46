namespace Platform.Dashboard.Resources;

/// <summary>An endpoint: the public URL others use, and the replica's own when a proxy sits between.</summary>
public sealed record ResourceUrlView(string Name, string Url, string TargetUrl, bool IsExternal);
