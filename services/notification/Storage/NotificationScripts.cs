using Platform.Redis;

namespace Platform.Notification.Storage;

/// <summary>The Lua scripts under Storage/Scripts, embedded in the assembly and run with EVALSHA.</summary>
public static class NotificationScripts
{
    public static readonly LuaScript DeliverInbox = Load("deliver_inbox.lua");
    public static readonly LuaScript ListInbox = Load("list_inbox.lua");
    public static readonly LuaScript MarkRead = Load("mark_read.lua");
    public static readonly LuaScript AppendSms = Load("append_sms.lua");
    public static readonly LuaScript TakeRateSlot = Load("take_rate_slot.lua");

    private static LuaScript Load(string name)
    {
        var resource = "Platform.Notification.Scripts." + name;
        using var stream = typeof(NotificationScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The script {resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return new LuaScript(reader.ReadToEnd());
    }
}
