using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Client;

/// <summary>
/// Reads the built-in SMS provider's outbox through the operator route (served only where the deployment turns
/// it on: development and tests), as a person would read the texts arriving on their phone.
/// </summary>
public sealed partial class SmsOutbox(GatewayApi operatorApi)
{
    /// <summary>Ids of the texts <paramref name="phone"/> has received so far.</summary>
    public async Task<HashSet<string>> SeenAsync(string phone) =>
        (await ListAsync(phone)).Select(m => m!["messageId"]!.GetValue<string>()).ToHashSet();

    /// <summary>Waits for a text to <paramref name="phone"/> that is not in <paramref name="seen"/>; returns its text.</summary>
    public async Task<string> WaitForNewAsync(string phone, ISet<string> seen, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var fresh = (await ListAsync(phone)).FirstOrDefault(m => !seen.Contains(m!["messageId"]!.GetValue<string>()));
            if (fresh is not null) return fresh["text"]!.GetValue<string>();
            if (clock.Elapsed > timeout) throw new TimeoutException($"No new SMS to {phone} within {timeout.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>The one-time code in an OTP text.</summary>
    public static string CodeIn(string text) =>
        SixDigits().Match(text) is { Success: true } match ? match.Value : throw new InvalidOperationException($"No code in: {text}");

    private async Task<JsonArray> ListAsync(string phone)
    {
        var response = (await operatorApi.GetAsync($"/api/admin/sms?phone={Uri.EscapeDataString(phone)}&pageSize=100", "sms outbox")).Expect(200);
        return response.Body as JsonArray ?? [];
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
