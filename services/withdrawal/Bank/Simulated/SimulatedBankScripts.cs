using Platform.Redis;
using Platform.Withdrawal.Storage;

namespace Platform.Withdrawal.Bank.Simulated;

/// <summary>The simulated bank's Lua scripts (Bank/Simulated/Scripts/*.lua).</summary>
internal static class SimulatedBankScripts
{
    public static readonly LuaScript Payout = EmbeddedScripts.Load("Platform.Withdrawal.Bank.bank_payout.lua");
    public static readonly LuaScript Settle = EmbeddedScripts.Load("Platform.Withdrawal.Bank.bank_settle.lua");
    public static readonly LuaScript Cancel = EmbeddedScripts.Load("Platform.Withdrawal.Bank.bank_cancel.lua");
}
