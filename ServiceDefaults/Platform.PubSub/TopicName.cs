namespace Platform.PubSub;

/// <summary>Checks names that become Redis keys or consumer names: non-empty, no whitespace or control characters.</summary>
internal static class TopicName
{
    public static void Validate(string? name, string what)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException($"The {what} must not be empty.", what);
        }
        if (name.Length > 256 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"The {what} '{name}' must be at most 256 characters without spaces or control characters.", what);
        }
    }
}
