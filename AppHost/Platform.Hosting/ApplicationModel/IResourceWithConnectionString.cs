namespace Aspire.Hosting.ApplicationModel;

/// <summary>A resource others reach through a connection string, injected as <c>ConnectionStrings__{name}</c>.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>The connection string; available once the app host has allocated the resource's endpoints.</summary>
    ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default);
}
