using Platform.Gateway.Client;
using Platform.Testing;

namespace Platform.EndToEnd.Tests.Infrastructure;

/// <summary>Waits for what the platform does asynchronously (events, notifications, settlement), generously.</summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The user's inbox has a message of <paramref name="eventType"/> whose body contains <paramref name="text"/>.</summary>
    public static Task InboxAsync(SimulatedUser user, string eventType, string? text = null) =>
        Poll.UntilAsync(async () =>
        {
            var inbox = (await user.Api.GetAsync("/api/inbox?pageSize=100")).Expect(200);
            return inbox.Body!["items"]!.AsArray().Any(m =>
                m!["eventType"]!.GetValue<string>() == eventType &&
                (text is null || m["body"]!.GetValue<string>().Contains(text, StringComparison.Ordinal)));
        }, Timeout, $"an inbox message '{eventType}' for user {user.UserId}", TimeSpan.FromMilliseconds(200));

    /// <summary>The user's phone received a text containing <paramref name="text"/>.</summary>
    public static Task SmsAsync(PlatformStack stack, SimulatedUser user, string text) =>
        Poll.UntilAsync(async () => (await stack.Driver.Sms.TextsAsync(user.Phone)).Any(t => t.Contains(text, StringComparison.Ordinal)),
            Timeout, $"an SMS to {user.Phone} containing '{text}'", TimeSpan.FromMilliseconds(200));

    public static Task<ApiResponse> FinalAsync(SimulatedUser user, string withdrawalId) => user.WaitForFinalAsync(withdrawalId, Timeout);
}
