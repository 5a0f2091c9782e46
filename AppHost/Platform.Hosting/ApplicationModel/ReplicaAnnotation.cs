namespace Aspire.Hosting.ApplicationModel;

/// <summary>How many copies of the resource run side by side.</summary>
public sealed class ReplicaAnnotation(int replicas) : IResourceAnnotation
{
    public int Replicas { get; } = replicas >= 1
        ? replicas
        : throw new ArgumentOutOfRangeException(nameof(replicas), replicas, "A resource needs at least one replica.");
}
