using Platform.PubSub;
using Platform.Redis;

namespace Platform.Withdrawal.Storage;

/// <summary>The saga's Lua scripts (Storage/Scripts/*.lua).</summary>
internal static class SagaScripts
{
    public static readonly LuaScript Create = EmbeddedScripts.Load("Platform.Withdrawal.Storage.create.lua", OutboxLua.PublishFunction);
    public static readonly LuaScript Transition = EmbeddedScripts.Load("Platform.Withdrawal.Storage.transition.lua", OutboxLua.PublishFunction);
    public static readonly LuaScript AcquireLease = EmbeddedScripts.Load("Platform.Withdrawal.Storage.lease_acquire.lua");
    public static readonly LuaScript RenewLease = EmbeddedScripts.Load("Platform.Withdrawal.Storage.lease_renew.lua");
    public static readonly LuaScript ReleaseLease = EmbeddedScripts.Load("Platform.Withdrawal.Storage.lease_release.lua");
}
