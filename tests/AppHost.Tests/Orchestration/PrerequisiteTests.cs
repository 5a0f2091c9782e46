using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using AppHost.Tests.Infrastructure;

namespace AppHost.Tests.Orchestration;

/// <summary>What cannot work is refused before anything starts, with one line that says what to do.</summary>
public sealed class PrerequisiteTests
{
    [Fact]
    public async Task A_program_missing_from_PATH_is_named()
    {
        var builder = DistributedApplicationTestingBuilder.Create(Repository.Root);
        builder.AddExecutable("tool", "no-such-program-4d1f", ".");

        var error = await StartFailureAsync(builder);

        Assert.Equal("Resource 'tool' needs 'no-such-program-4d1f', which is not on PATH.", error.Message);
    }

    [Fact]
    public async Task A_missing_project_is_named()
    {
        var builder = DistributedApplicationTestingBuilder.Create(Repository.Root);
        builder.AddProject("ghost", "services/ghost/Ghost.csproj");

        var error = await StartFailureAsync(builder);

        Assert.Equal($"Project 'ghost' not found: {Path.Combine(Repository.Root, "services/ghost/Ghost.csproj")} does not exist.", error.Message);
    }

    [Fact]
    public async Task A_project_that_does_not_build_reports_its_first_error()
    {
        var directory = Directory.CreateTempSubdirectory("apphost-broken-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "Broken.csproj"),
                """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "Program.cs"), "this is not C#");
            var builder = DistributedApplicationTestingBuilder.Create(directory.FullName);
            builder.AddProject("broken", "Broken.csproj");

            var error = await StartFailureAsync(builder);

            Assert.StartsWith("Project 'broken' does not build (", error.Message);
            Assert.Contains("error CS", error.Message);
            Assert.EndsWith($"run 'dotnet build {Path.Combine(directory.FullName, "Broken.csproj")}' to see every error.", error.Message);
            Assert.DoesNotContain('\n', error.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_taken_endpoint_port_is_named()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var builder = DistributedApplicationTestingBuilder.Create(Repository.Root);
        builder.AddExecutable("web", "sleep", ".", "30").WithHttpEndpoint(port: port);

        var error = await StartFailureAsync(builder);

        Assert.Equal($"Port {port} (endpoint 'http' of 'web') is already in use by another process; stop it or choose another port.", error.Message);
    }

    [Fact]
    public async Task A_taken_dashboard_port_is_named()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var builder = DistributedApplicationTestingBuilder.Create(Repository.Root);
        builder.Configuration["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var error = await StartFailureAsync(builder);

        Assert.Equal($"Port {port} (dashboard UI) is already in use by another process; stop it or choose another port.", error.Message);
    }

    [Fact]
    public void Waiting_in_a_cycle_is_refused_when_building()
    {
        var builder = DistributedApplicationTestingBuilder.Create(Repository.Root);
        var a = builder.AddExecutable("a", "sleep", ".", "1");
        var b = builder.AddExecutable("b", "sleep", ".", "1").WaitFor(a);
        a.WaitFor(b);

        var error = Assert.Throws<DistributedApplicationException>(() => builder.Build());

        Assert.Equal("Resources wait for each other in a cycle: a -> b -> a.", error.Message);
    }

    [Fact]
    public void Invalid_and_duplicate_names_are_refused()
    {
        var builder = DistributedApplicationTestingBuilder.Create(Repository.Root);
        builder.AddExecutable("one", "sleep", ".");

        Assert.Throws<DistributedApplicationException>(() => builder.AddExecutable("one", "sleep", "."));
        Assert.Throws<ArgumentException>(() => builder.AddExecutable("Not valid!", "sleep", "."));
    }

    private static async Task<DistributedApplicationException> StartFailureAsync(IDistributedApplicationTestingBuilder builder)
    {
        await using var app = await builder.BuildAsync();
        return await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());
    }
}
