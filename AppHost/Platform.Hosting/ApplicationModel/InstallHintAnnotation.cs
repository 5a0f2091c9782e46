namespace Aspire.Hosting.ApplicationModel;

/// <summary>How to get an executable that is missing from PATH, appended to the start-up error.</summary>
public sealed class InstallHintAnnotation(string hint) : IResourceAnnotation
{
    public string Hint { get; } = hint;
}
