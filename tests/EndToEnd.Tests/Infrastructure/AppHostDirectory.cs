using System.Reflection;

namespace Platform.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The app host resolves its projects' relative paths against the directory recorded in the entry assembly, which
/// under a test runner is the runner's, not the app host's; it then falls back to the current directory. Making the
/// app host project's directory (recorded in its assembly) current lets the real model find every project.
/// </summary>
public static class AppHostDirectory
{
    public static void MakeCurrent()
    {
        var directory = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "AppHostProjectDirectory").Value!;
        Environment.CurrentDirectory = directory;
    }
}
