using Aspire.Hosting.ApplicationModel;

namespace Platform.Hosting.Orchestration;

/// <summary>One replica of a resource as it will run: its name, its own ports, and what to execute.</summary>
internal sealed record ReplicaPlan(
    IResource Resource,
    int Index,
    string InstanceName,
    string FileName,
    IReadOnlyList<string> LeadingArguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, int> TargetPorts)
{
    public string ResourceName => Resource.Name;
}
