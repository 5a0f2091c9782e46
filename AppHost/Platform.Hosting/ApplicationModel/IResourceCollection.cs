namespace Aspire.Hosting.ApplicationModel;

/// <summary>The application's resources; a test may remove some before building (e.g. to run only redis).</summary>
public interface IResourceCollection : IList<IResource>;
