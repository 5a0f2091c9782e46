using Platform.PubSub;
using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>The Lua scripts under Storage/Scripts, embedded in the assembly and run with EVALSHA.</summary>
public static class IdentityScripts
{
    public static readonly LuaScript TakeSingleUse = Load("take_single_use.lua");
    public static readonly LuaScript StoreSmsCode = Load("store_sms_code.lua");
    public static readonly LuaScript CheckSmsCode = Load("check_sms_code.lua");
    public static readonly LuaScript BeginAttempt = Load("begin_attempt.lua");
    public static readonly LuaScript FinishAttempt = Load("finish_attempt.lua");
    public static readonly LuaScript ReleaseAttempt = Load("release_attempt.lua");
    public static readonly LuaScript SatisfyFactor = Load("satisfy_factor.lua");
    public static readonly LuaScript RedeemTicket = Load("redeem_ticket.lua");
    public static readonly LuaScript RotateRefreshToken = Load("rotate_refresh_token.lua");
    public static readonly LuaScript PutCapped = Load("put_capped.lua");
    public static readonly LuaScript RecordSecurityEvent = Load("record_security_event.lua", OutboxLua.PublishFunction);

    /// <param name="prelude">Lua functions the script calls, defined ahead of it (the pub/sub outbox function).</param>
    private static LuaScript Load(string name, string prelude = "")
    {
        var resource = "Platform.Identity.Scripts." + name;
        using var stream = typeof(IdentityScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The script {resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return new LuaScript(prelude + reader.ReadToEnd());
    }
}
