using System.Text.Json.Nodes;
using Platform.Gateway.Client;

namespace Platform.Bench.Withdrawals;

/// <summary>
/// Simulated users withdraw every few hundred milliseconds, which the velocity rules rightly treat as fraud. The
/// benchmark publishes the current rules without them (through the operator API, as a new version) and says so.
/// </summary>
public static class RiskRules
{
    public static async Task RemoveVelocityRulesAsync(GatewayApi operatorApi)
    {
        var rules = (await operatorApi.GetAsync("/api/admin/rules")).Expect(200).Body!.AsObject();
        var kept = new JsonArray(rules["rules"]!.AsArray()
            .Where(rule => !rule!["code"]!.GetValue<string>().StartsWith("VELOCITY_", StringComparison.Ordinal))
            .Select(rule => rule!.DeepClone()).ToArray());
        var removed = rules["rules"]!.AsArray().Count - kept.Count;
        rules["rules"] = kept;
        rules.Remove("publishedAt");
        rules.Remove("publishedBy");
        (await operatorApi.PutAsync("/api/admin/rules", rules.ToJsonString())).Expect(200);
        Console.WriteLine($"    risk rules: the current version minus its {removed} velocity rules");
    }
}
