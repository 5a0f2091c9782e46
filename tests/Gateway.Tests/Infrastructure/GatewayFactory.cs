using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Gateway.Tests.Infrastructure;

/// <summary>The gateway in this process, on real Kestrel, with the test's settings and clock.</summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, string> settings, TimeProvider clock) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
