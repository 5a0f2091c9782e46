using System.Security.Cryptography;
using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Security;

namespace Platform.Services.Testing;

/// <summary>Signs test calls the way a real calling service would, with a key generated for the test run.</summary>
public sealed class TestCallers
{
    private readonly CallerMetadata _metadata;

    public TestCallers(TimeProvider time, string serviceName = "test-client")
    {
        InternalKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var options = Options.Create(new InternalCallOptions { InternalKey = InternalKey, ServiceName = serviceName });
        _metadata = new CallerMetadata(new CallerSignature(options), options, new NamedEnvironment(serviceName), time);
    }

    /// <summary>The deployment key the service under test must be configured with (Platform:InternalKey).</summary>
    public string InternalKey { get; }

    public Metadata User(string userId) => _metadata.ForUser(userId);

    public Metadata System(string userId) => _metadata.ForSystem(userId);

    public Metadata Operator(string operatorId = "operator-1") => _metadata.ForOperator(operatorId);

    private sealed class NamedEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = name;
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
