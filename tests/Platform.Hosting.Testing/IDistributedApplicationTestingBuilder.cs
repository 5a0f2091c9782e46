namespace Aspire.Hosting.Testing;

/// <summary>An app model prepared for a test: free ports everywhere, a temporary data directory.</summary>
public interface IDistributedApplicationTestingBuilder : IDistributedApplicationBuilder
{
    /// <summary>Builds the application; start it with StartAsync and dispose it to stop every process.</summary>
    Task<DistributedApplication> BuildAsync(CancellationToken cancellationToken = default);
}
