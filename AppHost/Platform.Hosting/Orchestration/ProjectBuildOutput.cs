using System.Diagnostics;
using System.Xml.Linq;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Platform.Hosting.Orchestration;

/// <summary>
/// Finds the assembly a project builds to (bin/{configuration}/{tfm}/{AssemblyName}.dll). When it is missing the
/// project is built once; a project that does not build stops the app host with a one-line message.
/// </summary>
internal static class ProjectBuildOutput
{
    private const string DefaultTargetFramework = "net10.0";
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    public static string ExpectedPath(ProjectResource project, string configuration)
    {
        var document = XDocument.Load(project.ProjectPath);
        string? Property(string name) => document.Descendants(name).Select(e => e.Value.Trim()).LastOrDefault(v => v.Length > 0);
        var assemblyName = Property("AssemblyName") ?? Path.GetFileNameWithoutExtension(project.ProjectPath);
        var targetFramework = Property("TargetFramework") ?? DefaultTargetFramework;
        var projectDirectory = Path.GetDirectoryName(project.ProjectPath)!;
        return Path.Combine(projectDirectory, "bin", configuration, targetFramework, assemblyName + ".dll");
    }

    public static async Task<string> EnsureBuiltAsync(ProjectResource project, string configuration, CancellationToken cancellationToken)
    {
        if (!File.Exists(project.ProjectPath))
        {
            throw new DistributedApplicationException($"Project '{project.Name}' not found: {project.ProjectPath} does not exist.");
        }
        var assembly = ExpectedPath(project, configuration);
        if (File.Exists(assembly))
        {
            return assembly;
        }
        var failure = await BuildAsync(project.ProjectPath, configuration, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            throw new DistributedApplicationException(
                $"Project '{project.Name}' does not build ({failure}); run 'dotnet build {project.ProjectPath}' to see every error.");
        }
        return File.Exists(assembly)
            ? assembly
            : throw new DistributedApplicationException($"Project '{project.Name}' built, but its output {assembly} is missing; is it an executable project?");
    }

    /// <summary>Returns null on success, else the first error the build reported.</summary>
    private static async Task<string?> BuildAsync(string projectPath, string configuration, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", projectPath, "-c", configuration, "-nologo", "-v", "q", "-clp:NoSummary" })
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new DistributedApplicationException("'dotnet' could not be started to build a project.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(BuildTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return cancellationToken.IsCancellationRequested ? "cancelled" : $"timed out after {BuildTimeout.TotalMinutes} minutes";
        }
        if (process.ExitCode == 0)
        {
            return null;
        }
        var lines = (await output.ConfigureAwait(false) + "\n" + await errors.ConfigureAwait(false)).Split('\n');
        return lines.Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
            ?? $"dotnet build exited with code {process.ExitCode}";
    }
}
