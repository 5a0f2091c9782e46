using Microsoft.Playwright;

namespace AppHost.Tests.Browser;

/// <summary>A browser context and its page, closed together.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
