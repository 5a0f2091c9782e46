using System.Text.Json.Nodes;

namespace Platform.Gateway.Client;

/// <summary>What a user can read about their own money through the gateway: credit line, ledger, withdrawals.</summary>
public static class AccountView
{
    public sealed record Line(long LimitFen, long UsedFen, long HeldFen, long AvailableFen, long WithdrawnTodayFen)
    {
        /// <summary>limit = available + used + held: true whatever has happened.</summary>
        public bool IsBalanced => LimitFen == AvailableFen + UsedFen + HeldFen;
    }

    public sealed record LedgerEntry(string OperationId, string Kind, long AmountFen, DateTimeOffset At);

    public sealed record Withdrawal(string WithdrawalId, string Status, long AmountFen);

    public static async Task<Line> ReadLineAsync(this GatewayApi api)
    {
        var line = (await api.GetAsync("/api/credit/line", "read line")).Expect(200);
        return new Line(line.Long("limitFen"), line.Long("usedFen"), line.Long("heldFen"), line.Long("availableFen"), line.Long("withdrawnTodayFen"));
    }

    /// <summary>Every ledger entry (all pages).</summary>
    public static async Task<List<LedgerEntry>> ReadLedgerAsync(this GatewayApi api) =>
        (await AllPagesAsync(api, "/api/credit/ledger")).Select(e => new LedgerEntry(
            e["operationId"]!.GetValue<string>(), e["kind"]!.GetValue<string>(), e["amountFen"]!.GetValue<long>(),
            e["at"]!.GetValue<DateTimeOffset>())).ToList();

    /// <summary>Every withdrawal (all pages), newest first.</summary>
    public static async Task<List<Withdrawal>> ReadWithdrawalsAsync(this GatewayApi api) =>
        (await AllPagesAsync(api, "/api/withdrawals")).Select(w => new Withdrawal(
            w["withdrawalId"]!.GetValue<string>(), w["status"]!.GetValue<string>(), w["amountFen"]!.GetValue<long>())).ToList();

    private static async Task<List<JsonNode>> AllPagesAsync(GatewayApi api, string path)
    {
        var items = new List<JsonNode>();
        string? token = null;
        do
        {
            var query = "?pageSize=100" + (token is null ? "" : "&pageToken=" + Uri.EscapeDataString(token));
            var page = (await api.GetAsync(path + query, "read pages")).Expect(200);
            items.AddRange(page.Body!["items"]!.AsArray().Select(item => item!));
            token = page.Str("nextPageToken");
        }
        while (token is not null);
        return items;
    }
}
