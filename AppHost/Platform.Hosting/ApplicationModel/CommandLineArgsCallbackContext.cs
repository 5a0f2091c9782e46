namespace Aspire.Hosting.ApplicationModel;

public sealed class CommandLineArgsCallbackContext(IResource resource, IList<string> args, CancellationToken cancellationToken)
{
    public IResource Resource { get; } = resource;

    public IList<string> Args { get; } = args;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
