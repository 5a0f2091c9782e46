using Platform.Gateway.Client;

namespace Platform.EndToEnd.Tests.Infrastructure;

/// <summary>Assertions on what the user's credit line and ledger say, read through the gateway.</summary>
public static class CreditChecks
{
    /// <summary>Reads the line and asserts limit = available + used + held.</summary>
    public static async Task<AccountView.Line> AssertBalancedAsync(SimulatedUser user)
    {
        var line = await user.Api.ReadLineAsync();
        Assert.True(line.IsBalanced, $"limit ≠ available + used + held: {line}");
        return line;
    }

    /// <summary>The kinds of the ledger entries of one operation (a withdrawal id), in the order they were written.</summary>
    public static async Task<List<string>> KindsForAsync(SimulatedUser user, string operationId) =>
        (await user.Api.ReadLedgerAsync())
            .Where(e => e.OperationId == operationId)
            .OrderBy(e => e.At)
            .Select(e => e.Kind)
            .ToList();
}
