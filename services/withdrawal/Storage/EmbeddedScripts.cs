using Platform.Redis;

namespace Platform.Withdrawal.Storage;

/// <summary>Loads the Lua scripts compiled into this assembly as embedded resources.</summary>
internal static class EmbeddedScripts
{
    public static LuaScript Load(string logicalName)
    {
        using var stream = typeof(EmbeddedScripts).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The embedded script '{logicalName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return new LuaScript(reader.ReadToEnd());
    }
}
