namespace Platform.Risk.Storage;

/// <summary>Text files compiled into the risk service (Lua scripts, the seed rules).</summary>
internal static class EmbeddedText
{
    public static string Read(string logicalName)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"{logicalName} is not embedded in the risk service.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
