using Platform.PubSub;
using Platform.Redis;

namespace Platform.Credit.Storage;

/// <summary>
/// The Lua scripts: the pub/sub outbox function, the shared prelude, then the script's own body (embedded resources
/// under Storage/Lua).
/// </summary>
public static class CreditScripts
{
    public static readonly LuaScript OpenLine = Load("open_line.lua");
    public static readonly LuaScript Reserve = Load("reserve.lua");
    public static readonly LuaScript Settle = Load("settle.lua");
    public static readonly LuaScript Repay = Load("repay.lua");
    public static readonly LuaScript SetLimits = Load("set_limits.lua");
    public static readonly LuaScript Read = Load("read.lua");

    public static IEnumerable<LuaScript> All => [OpenLine, Reserve, Settle, Repay, SetLimits, Read];

    private static LuaScript Load(string name) =>
        new(OutboxLua.PublishFunction + ReadResource("prelude.lua") + "\n" + ReadResource(name));

    private static string ReadResource(string name)
    {
        var assembly = typeof(CreditScripts).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Platform.Credit.Storage.Lua.{name}")
            ?? throw new InvalidOperationException($"The script {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
