using Platform.Redis;

namespace Platform.Withdrawal.Storage;

/// <summary>Loads the Lua scripts compiled into this assembly as embedded resources.</summary>
internal static class EmbeddedScripts
{
    /// <summary>Loads a script, with <paramref name="prelude"/> (e.g. the pub/sub outbox function) put before it.</summary>
    public static LuaScript Load(string logicalName, string prelude = "")
    {
        using var stream = typeof(EmbeddedScripts).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The embedded script '{logicalName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return new LuaScript(prelude + reader.ReadToEnd());
    }
}
