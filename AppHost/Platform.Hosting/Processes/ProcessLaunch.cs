namespace Platform.Hosting.Processes;

/// <summary>Everything needed to start one process.</summary>
internal sealed record ProcessLaunch(
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    string? StandardInput);
