namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// Text written to the process's standard input at start, after which input is closed. Used to hand a program
/// secrets (such as redis-server's requirepass) without putting them on its command line.
/// </summary>
public sealed class StandardInputAnnotation(Func<string> content) : IResourceAnnotation
{
    public Func<string> Content { get; } = content;
}
