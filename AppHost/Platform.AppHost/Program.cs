var builder = DistributedApplication.CreateBuilder(args);

var redis = builder.AddRedis("redis");

// One line per service; docs/apphost.md lists the endpoints and environment each line gives it.

builder.AddProject("credit", "../../services/credit/Credit.csproj")
    .WithGrpcEndpoint().WithReference(redis).WaitFor(redis).WithHttpHealthCheck("/health");
builder.AddProject("risk", "../../services/risk/Risk.csproj")
    .WithGrpcEndpoint().WithReference(redis).WaitFor(redis).WithHttpHealthCheck("/health");

builder.Build().Run();

/// <summary>Public so tests can start this model with DistributedApplicationTestingBuilder.CreateAsync&lt;Program&gt;().</summary>
public partial class Program;
