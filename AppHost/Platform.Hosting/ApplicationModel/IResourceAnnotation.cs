namespace Aspire.Hosting.ApplicationModel;

/// <summary>A piece of configuration attached to a resource; the orchestrator reads annotations, not properties.</summary>
public interface IResourceAnnotation;
