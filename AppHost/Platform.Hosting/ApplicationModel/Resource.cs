using System.Text.RegularExpressions;

namespace Aspire.Hosting.ApplicationModel;

public abstract partial class Resource : IResource
{
    protected Resource(string name)
    {
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException(
                $"Resource name '{name}' is invalid: use 1-64 lower-case letters, digits and '-', starting with a letter.",
                nameof(name));
        }
        Name = name;
    }

    public string Name { get; }

    public ResourceAnnotationCollection Annotations { get; } = [];

    public override string ToString() => Name;

    // Names end up in environment variable names (services__{name}__...) and URLs, so keep them plain.
    [GeneratedRegex("^[a-z][a-z0-9-]{0,63}$")]
    private static partial Regex ValidName();
}
