namespace AppHost.Tests.Infrastructure;

/// <summary>Whether a pid names a live process (a zombie, already dead but not yet reaped, counts as gone).</summary>
public static class ProcessTable
{
    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            // Format: "pid (comm) S ...": the state letter follows the last ')'.
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z" && state != "X";
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return false;
        }
    }
}
