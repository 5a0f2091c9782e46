using Aspire.Hosting.ApplicationModel;

var builder = DistributedApplication.CreateBuilder(args);

var redis = builder.AddRedis("redis");

// One line per service; docs/apphost.md lists the endpoints and environment each line gives it.

var credit = builder.AddProject("credit", "../../services/credit/Credit.csproj")
    .WithGrpcEndpoint().WithReference(redis).WaitFor(redis).WithHttpHealthCheck("/health");
var risk = builder.AddProject("risk", "../../services/risk/Risk.csproj")
    .WithGrpcEndpoint().WithReference(redis).WaitFor(redis).WithHttpHealthCheck("/health");
var notification = builder.AddProject("notification", "../../services/notification/Notification.csproj")
    .WithGrpcEndpoint().WithReference(redis).WaitFor(redis).WithHttpHealthCheck("/health");
// Identity's secrets come from the app host's configuration (Identity__PaymentPasswordPepper, Identity__FaceKeys__k1);
// without them a fresh pair is made per run, which data kept from an earlier run (payment passwords, faces) cannot use.
var identity = builder.AddProject("identity", "../../services/identity/Identity.csproj")
    .WithGrpcEndpoint().WithReference(redis).WithReference(notification).WaitFor(redis).WithHttpHealthCheck("/health")
    .WithEnvironment("Identity__PaymentPasswordPepper", builder.Configuration.KeyOrFresh("Identity:PaymentPasswordPepper"))
    .WithEnvironment("Identity__FaceKeys__k1", builder.Configuration.KeyOrFresh("Identity:FaceKeys:k1"));
var withdrawal = builder.AddProject("withdrawal", "../../services/withdrawal/Withdrawal.csproj")
    .WithGrpcEndpoint().WithReference(redis).WithReference(risk).WithReference(identity).WithReference(credit)
    .WaitFor(redis).WithHttpHealthCheck("/health");
// The only public entry. Operators authenticate with Gateway__OperatorKeys__console from the app host's configuration.
builder.AddProject("gateway", "../../services/gateway/Gateway.csproj")
    .WithReference(redis).WithReference(identity).WithReference(credit).WithReference(withdrawal).WithReference(risk).WithReference(notification)
    .WaitFor(redis).WaitFor(identity).WaitFor(credit).WaitFor(withdrawal).WaitFor(risk).WaitFor(notification)
    .WithExternalHttpEndpoints().WithHttpHealthCheck("/health")
    .WithEnvironment("Gateway__OperatorKeys__console", builder.Configuration.KeyOrFresh("Gateway:OperatorKeys:console"));

// Services sign and check each other's calls with one key per deployment (docs/security.md).
var internalKey = builder.Configuration.KeyOrFresh("Platform:InternalKey");
foreach (var service in builder.Resources.OfType<ProjectResource>())
    builder.CreateResourceBuilder(service).WithEnvironment("Platform__InternalKey", internalKey);

builder.Build().Run();

/// <summary>Public so tests can start this model with DistributedApplicationTestingBuilder.CreateAsync&lt;Program&gt;().</summary>
public partial class Program;
