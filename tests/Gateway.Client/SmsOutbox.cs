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

    /// <summary>
    /// Waits for a text to <paramref name="phone"/> that is not in <paramref name="seen"/> and matches
    /// <paramref name="wanted"/> (other texts, such as a new-device alert, may arrive at the same time).
    /// </summary>
    public async Task<string> WaitForNewAsync(string phone, ISet<string> seen, Func<string, bool> wanted, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var fresh = (await ListAsync(phone))
                .Where(m => !seen.Contains(m!["messageId"]!.GetValue<string>()))
                .Select(m => m!["text"]!.GetValue<string>())
                .FirstOrDefault(wanted);
            if (fresh is not null) return fresh;
            if (clock.Elapsed > timeout) throw new TimeoutException($"No new matching SMS to {phone} within {timeout.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits for a new one-time-code text to <paramref name="phone"/>; returns the code.</summary>
    public async Task<string> WaitForCodeAsync(string phone, ISet<string> seen, TimeSpan timeout) =>
        CodeIn(await WaitForNewAsync(phone, seen, text => OneTimeCode().IsMatch(text), timeout));

    /// <summary>The one-time code in an OTP text ("… code is 123456 …" or "验证码 123456").</summary>
    public static string CodeIn(string text) =>
        OneTimeCode().Match(text) is { Success: true } match ? match.Groups["code"].Value : throw new InvalidOperationException($"No code in: {text}");

    /// <summary>Every text <paramref name="phone"/> has received, newest first as the outbox lists them.</summary>
    public async Task<IReadOnlyList<string>> TextsAsync(string phone) =>
        (await ListAsync(phone)).Select(m => m!["text"]!.GetValue<string>()).ToList();

    private async Task<JsonArray> ListAsync(string phone)
    {
        var response = (await operatorApi.GetAsync($"/api/admin/sms?phone={Uri.EscapeDataString(phone)}&pageSize=100", "sms outbox")).Expect(200);
        return response.Body as JsonArray ?? [];
    }

    [GeneratedRegex(@"(?:code is|验证码)\s*(?<code>\d{6})(?!\d)")]
    private static partial Regex OneTimeCode();
}
