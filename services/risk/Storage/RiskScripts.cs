using Platform.PubSub;
using Platform.Redis;

namespace Platform.Risk.Storage;

/// <summary>The Lua scripts (embedded resources under Storage/Lua).</summary>
public static class RiskScripts
{
    public static readonly LuaScript ReadSignals = Load("read_signals.lua");
    public static readonly LuaScript ApplyEvent = Load("apply_event.lua", EventDeduplicator.LuaFunction);
    public static readonly LuaScript RecordAssessment = Load("record_assessment.lua", OutboxLua.PublishFunction);
    public static readonly LuaScript OpenCase = Load("open_case.lua", OutboxLua.PublishFunction);
    public static readonly LuaScript ResolveCase = Load("resolve_case.lua", OutboxLua.PublishFunction);
    public static readonly LuaScript PublishRules = Load("publish_rules.lua");

    /// <summary>The script, after the pub/sub library's Lua function it calls (outbox publish or dedupe), if any.</summary>
    private static LuaScript Load(string name, string libraryFunction = "") =>
        new(libraryFunction + EmbeddedText.Read($"Platform.Risk.Storage.Lua.{name}"));
}
