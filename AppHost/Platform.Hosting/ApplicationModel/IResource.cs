namespace Aspire.Hosting.ApplicationModel;

/// <summary>Something the app host runs or points at, identified by a name unique in the application.</summary>
public interface IResource
{
    string Name { get; }

    ResourceAnnotationCollection Annotations { get; }
}
