namespace Aspire.Hosting.ApplicationModel;

/// <summary>Adds command-line arguments when a replica starts.</summary>
public sealed class CommandLineArgsCallbackAnnotation(Func<CommandLineArgsCallbackContext, Task> callback) : IResourceAnnotation
{
    public Func<CommandLineArgsCallbackContext, Task> Callback { get; } = callback;
}
