namespace Platform.Hosting.Processes;

/// <summary>Resolves a command the way a shell would: a path as given, a bare name through PATH.</summary>
internal static class ExecutableLocator
{
    public static string? Find(string command, string workingDirectory)
    {
        if (command.Contains('/'))
        {
            var path = Path.GetFullPath(command, workingDirectory);
            return IsExecutableFile(path) ? path : null;
        }
        var searchPath = Environment.GetEnvironmentVariable("PATH") ?? "";
        return searchPath.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, command))
            .FirstOrDefault(IsExecutableFile);
    }

    private static bool IsExecutableFile(string path) =>
        File.Exists(path) &&
        (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
