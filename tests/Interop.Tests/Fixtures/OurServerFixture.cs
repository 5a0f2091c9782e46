namespace Interop.Tests.Fixtures;

/// <summary>Interop.Server, on the platform gRPC runtime.</summary>
public sealed class OurServerFixture : ServerFixture
{
    protected override Task<InteropServerProcess> StartAsync() =>
        InteropServerProcess.StartAsync(BuildOutputs.DotnetHost, [BuildOutputs.InteropServerDll], "Interop.Server");
}
