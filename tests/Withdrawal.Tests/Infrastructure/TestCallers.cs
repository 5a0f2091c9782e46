using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Security;

namespace Platform.Withdrawal.Tests.Infrastructure;

/// <summary>Signs test calls the way a calling service (the gateway) would, with a key generated for the test run.</summary>
public sealed class TestCallers
{

    public TestCallers(TimeProvider time, string? internalKey = null)
    {
        InternalKey = internalKey ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var options = Microsoft.Extensions.Options.Options.Create(new InternalCallOptions { InternalKey = InternalKey, ServiceName = "gateway" });
        Metadata = new CallerMetadata(new CallerSignature(options), options, new NamedEnvironment(), time);
    }

    /// <summary>The deployment key every service under test is configured with (Platform:InternalKey).</summary>
    public string InternalKey { get; }

    /// <summary>The signer itself, for code under test that needs one.</summary>
    public CallerMetadata Metadata { get; }

    public global::Grpc.Core.Metadata User(string userId) => Metadata.ForUser(userId);

    public global::Grpc.Core.Metadata System(string userId) => Metadata.ForSystem(userId);

    public global::Grpc.Core.Metadata Operator(string operatorId = "operator-1") => Metadata.ForOperator(operatorId);

    private sealed class NamedEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "gateway";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
