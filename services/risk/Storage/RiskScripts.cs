using Platform.Redis;

namespace Platform.Risk.Storage;

/// <summary>The Lua scripts (embedded resources under Storage/Lua).</summary>
public static class RiskScripts
{
    public static readonly LuaScript ReadSignals = Load("read_signals.lua");
    public static readonly LuaScript ApplyEvent = Load("apply_event.lua");
    public static readonly LuaScript RecordAssessment = Load("record_assessment.lua");
    public static readonly LuaScript OpenCase = Load("open_case.lua");
    public static readonly LuaScript ResolveCase = Load("resolve_case.lua");
    public static readonly LuaScript PublishRules = Load("publish_rules.lua");

    private static LuaScript Load(string name)
    {
        var assembly = typeof(RiskScripts).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Platform.Risk.Storage.Lua.{name}")
            ?? throw new InvalidOperationException($"The script {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return new LuaScript(reader.ReadToEnd());
    }
}
