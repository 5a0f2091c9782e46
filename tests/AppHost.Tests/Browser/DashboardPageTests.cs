using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using AppHost.Tests.Orchestration;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AppHost.Tests.Browser;

/// <summary>Every dashboard page against the running test stack, in a real browser; screenshots go to TestResults/screenshots.</summary>
[Collection(StackCollection.Name)]
public sealed class DashboardPageTests(StackFixture stack, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Patiently = new() { Timeout = 60_000 };

    private static readonly LocatorAssertionsToHaveCountOptions Briefly = new() { Timeout = 20_000 };

    private string Dashboard => stack.App.GetDashboardUrl().ToString().TrimEnd('/');

    /// <summary>
    /// Has the caller do named work (and fail once) until <paramref name="shown"/> finds it on a page; returns the
    /// name that showed. A fresh name is tried when one has not shown within 20 s (at most four), and each miss is
    /// reported, so lost telemetry fails the test while a slow first export does not.
    /// </summary>
    private async Task<string> WorkShownAsync(string prefix, Func<string, Task> shown)
    {
        for (var attempt = 1; ; attempt++)
        {
            var name = $"{prefix}-{attempt}";
            await stack.App.WaitForResourceHealthyAsync("caller");
            using (var client = stack.ReplicaClient("caller"))
            {
                (await client.GetAsync($"/work?name={name}")).EnsureSuccessStatusCode();
                await client.GetAsync("/fail");
            }
            try
            {
                await shown(name);
                return name;
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException && attempt < 4)
            {
                output.WriteLine($"{name} had not shown after 20 s; trying again");
            }
        }
    }

    [Fact]
    public async Task Resources_page_lists_every_replica_with_its_state_and_pid()
    {
        await stack.App.WaitForResourceHealthyAsync("caller");
        await stack.App.WaitForResourceHealthyAsync("api");
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync($"{Dashboard}/resources");

        foreach (var instance in new[] { "redis", "api-0", "api-1", "caller" })
        {
            var row = page.Locator($"tr[data-resource='{instance}']");
            await Expect(row.Locator(".badge")).ToHaveTextAsync("Running", Patiently);
            await Expect(row.Locator("td[data-field='pid']")).ToHaveTextAsync(stack.Instance(instance).ProcessId.ToString()!, Patiently);
        }
        await Expect(page.Locator("tr[data-resource='api-0'] .endpoint")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "resources");
    }

    [Fact]
    public async Task The_restart_button_restarts_the_resource_and_the_page_follows_without_reloading()
    {
        await stack.App.WaitForResourceHealthyAsync("caller");
        var before = stack.Instance("caller");
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync($"{Dashboard}/resources");
        await page.EvaluateAsync("window.__notReloaded = true");
        var row = page.Locator("tr[data-resource='caller']");

        await row.Locator("button[data-command='resource-restart']").ClickAsync();

        await Expect(row.Locator("td[data-field='restarts']")).ToHaveTextAsync((before.RestartCount + 1).ToString(), Patiently);
        await Expect(row.Locator("td[data-field='pid']")).Not.ToHaveTextAsync(before.ProcessId.ToString()!, new() { Timeout = 60_000 });
        await Expect(row.Locator(".badge")).ToHaveTextAsync("Running", Patiently);
        Assert.True(await page.EvaluateAsync<bool>("window.__notReloaded === true"));
        await stack.App.WaitForResourceHealthyAsync("caller");
        Assert.NotEqual(before.ProcessId, stack.Instance("caller").ProcessId);
        await BrowserFixture.ScreenshotAsync(page, "resources-after-restart");
    }

    [Fact]
    public async Task Resource_details_show_the_injected_environment_with_secrets_masked()
    {
        await stack.App.WaitForResourceHealthyAsync("api");
        var password = (await stack.App.GetConnectionStringAsync("redis")).Split("password=")[1];
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync($"{Dashboard}/resources/api-0");

        var connectionString = page.Locator("table.attributes tr", new() { HasText = "ConnectionStrings__redis" }).Locator("td");
        await Expect(connectionString).ToContainTextAsync("password=••••••••");
        await Expect(page.Locator("table.attributes tr", new() { HasText = "OTEL_SERVICE_NAME" }).Locator("td")).ToHaveTextAsync("api");
        Assert.DoesNotContain(password, await page.ContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "resource-details");
    }

    [Fact]
    public async Task Console_page_shows_output_live_with_colours()
    {
        await stack.App.WaitForResourceHealthyAsync("api");
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync($"{Dashboard}/console?resource=api-0");
        await Expect(page.Locator(".console .line").First).ToBeVisibleAsync();

        using (var client = stack.ReplicaClient("api-0"))
        {
            await client.GetAsync("/colors");
        }

        var red = page.Locator(".console .line .ansi-fg-1", new() { HasText = "red" }).Last;
        await Expect(red).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator(".console .line", new() { HasText = "bold green" }).Last.Locator(".ansi-bold.ansi-fg-2")).ToHaveTextAsync("bold green");
        await Expect(page.Locator(".console .line", new() { HasText = "not html" }).Last).ToContainTextAsync("<b>not html</b>");
        await BrowserFixture.ScreenshotAsync(page, "console");
    }

    [Fact]
    public async Task Structured_logs_filter_by_resource_level_and_text_and_link_to_their_trace()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        var name = await WorkShownAsync("browser-log", async name =>
        {
            await page.GotoAsync($"{Dashboard}/structuredlogs?resource=caller");
            await Expect(page.Locator("tr.log-row", new() { HasText = $"Did work {name} " })).ToHaveCountAsync(1, Briefly);
        });

        await page.SelectOptionAsync("select[name='level']", "Error");
        await page.WaitForURLAsync(new Regex("level=Error"));
        await Expect(page.Locator("tr.log-row", new() { HasText = "Work failed on purpose" }).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Empty(await page.Locator("tr.log-row .level-information").AllAsync());

        await page.GotoAsync($"{Dashboard}/structuredlogs?resource=caller&q=Did%20work%20{name}%20");
        await Expect(page.Locator("tr.log-row")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await BrowserFixture.ScreenshotAsync(page, "structured-logs");

        await page.Locator("tr.log-row a.trace-link").ClickAsync();
        await Expect(page.Locator(".wf-span", new() { HasText = $"work {name}" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task Traces_page_lists_traces_and_shows_a_waterfall_with_errors_marked()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        var trace = page.Locator("table.traces a.strong").First;
        var name = await WorkShownAsync("browser-trace", async name =>
        {
            await page.GotoAsync($"{Dashboard}/traces?resource=caller&q={name}");
            await Expect(trace).ToContainTextAsync("caller: GET /work", new() { Timeout = 20_000 });
        });
        await BrowserFixture.ScreenshotAsync(page, "traces");

        await trace.ClickAsync();
        var spans = page.Locator(".wf-span");
        await Expect(spans).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        await Expect(spans.Nth(1)).ToContainTextAsync($"work {name}");
        await spans.Nth(1).Locator("summary").ClickAsync();
        await Expect(spans.Nth(1).Locator(".wf-details")).ToContainTextAsync(name);
        await BrowserFixture.ScreenshotAsync(page, "trace-waterfall");

        await page.GotoAsync($"{Dashboard}/traces?resource=caller&errors=true");
        await Expect(page.Locator("table.traces tr.has-error").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.Locator("table.traces tr.has-error a.strong").First.ClickAsync();
        await Expect(page.Locator(".wf-span.error").First).ToContainTextAsync("error");
    }

    [Fact]
    public async Task Metrics_page_charts_an_instrument_and_a_histogram_as_percentiles()
    {
        await stack.App.WaitForResourceHealthyAsync("caller");
        using (var client = stack.ReplicaClient("caller"))
        {
            for (var i = 0; i < 5; i++)
            {
                await client.GetAsync($"/work?name=chart-{i}");
            }
        }
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync($"{Dashboard}/metrics?resource=caller&instrument=testservice.work.duration");
        await Expect(page.Locator(".instrument h2")).ToContainTextAsync("testservice.work.duration", new() { Timeout = 60_000 });
        await Expect(page.Locator(".legend")).ToContainTextAsync("p50");
        await Expect(page.Locator(".legend")).ToContainTextAsync("p99");
        await Expect(page.Locator("svg.chart path.series").First).ToHaveAttributeAsync("d", new Regex("M"), new() { Timeout = 60_000 });
        await BrowserFixture.ScreenshotAsync(page, "metrics-histogram");

        await page.Locator(".instruments a", new() { HasText = "testservice.work.count" }).ClickAsync();
        await Expect(page.Locator(".instrument h2")).ToContainTextAsync("testservice.work.count");
        await Expect(page.Locator(".instrument table.grid tbody tr", new() { HasText = "work.item=chart-3" })).ToContainTextAsync("1");
        await page.SelectOptionAsync("select[name='resource']", "api-0");
        // The new address is enough; the assertion below waits for the page itself (its load event can take long
        // on a loaded machine while the live updates connect).
        await page.WaitForURLAsync(new Regex("resource=api-0"), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await Expect(page.Locator(".instruments a").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await BrowserFixture.ScreenshotAsync(page, "metrics");
    }
}
