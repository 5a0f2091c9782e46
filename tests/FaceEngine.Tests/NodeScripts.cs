using System.Diagnostics;

namespace FaceEngine.Tests;

/// <summary>Runs the Node scripts beside this project against its locked npm packages (`npm ci` here; ./test.sh does it).</summary>
public static class NodeScripts
{
    public static string ProjectDirectory { get; } = FindProjectDirectory();

    /// <summary>Where an installed npm package lives, or a clear error naming the command that installs it.</summary>
    public static string Package(string name)
    {
        var directory = Path.Combine(ProjectDirectory, "node_modules", name);
        return Directory.Exists(directory)
            ? directory
            : throw new InvalidOperationException($"{directory} is missing: run `npm ci` in tests/FaceEngine.Tests (./test.sh does this)");
    }

    public static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ProjectDirectory };
        start.ArgumentList.Add(Path.Combine(ProjectDirectory, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill();
            throw new TimeoutException($"{script} did not finish in 120 s");
        }

        return process.ExitCode == 0 ? stdout.Result : throw new InvalidOperationException($"{script} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr}");
    }

    private static string FindProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FaceEngine.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"FaceEngine.Tests.csproj not found above {AppContext.BaseDirectory}");
    }
}
