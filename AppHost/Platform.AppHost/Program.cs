var builder = DistributedApplication.CreateBuilder(args);

var redis = builder.AddRedis("redis");

// Services join here, one line each, as they are written, e.g.:
// builder.AddProject("identity", "../../services/identity/Identity.Api/Identity.Api.csproj")
//     .WithGrpcEndpoint().WithReference(redis).WaitFor(redis).WithHttpHealthCheck("/health");

builder.AddProject("credit", "../../services/credit/Credit.csproj")
    .WithGrpcEndpoint().WithReference(redis).WaitFor(redis).WithHttpHealthCheck("/health");

builder.Build().Run();

/// <summary>Public so tests can start this model with DistributedApplicationTestingBuilder.CreateAsync&lt;Program&gt;().</summary>
public partial class Program;
