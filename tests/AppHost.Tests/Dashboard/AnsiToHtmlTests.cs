using Platform.Dashboard.Rendering;

namespace AppHost.Tests.Dashboard;

public sealed class AnsiToHtmlTests
{
    [Theory]
    [InlineData("plain <b>&", "plain &lt;b&gt;&amp;")]
    [InlineData("\u001b[31mred\u001b[0m after", "<span class=\"ansi-fg-1\">red</span> after")]
    [InlineData("\u001b[1;32mbold green\u001b[39m bold\u001b[22m", "<span class=\"ansi-fg-2 ansi-bold\">bold green</span><span class=\"ansi-bold\"> bold</span>")]
    [InlineData("\u001b[94;41mbright on red\u001b[m", "<span class=\"ansi-fg-12 ansi-bg-1\">bright on red</span>")]
    [InlineData("\u001b[38;5;208morange", "<span style=\"color:#ff8700;\">orange</span>")]
    [InlineData("\u001b[38;2;1;2;3mrgb", "<span style=\"color:#010203;\">rgb</span>")]
    [InlineData("\u001b[2Kcleared \u001b[1Aup", "cleared up")]
    [InlineData("cut \u001b[3", "cut ")]
    public void Converts_sgr_sequences_and_encodes_text(string ansi, string html) => Assert.Equal(html, AnsiToHtml.Convert(ansi));

    [Fact]
    public void The_dotnet_console_logger_line_keeps_its_colours()
    {
        var line = "\u001b[40m\u001b[32minfo\u001b[39m\u001b[22m\u001b[49m: Microsoft.Hosting.Lifetime[0]";
        Assert.Equal("<span class=\"ansi-fg-2 ansi-bg-0\">info</span>: Microsoft.Hosting.Lifetime[0]", AnsiToHtml.Convert(line));
    }
}
