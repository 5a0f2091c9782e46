using System.Globalization;
using System.Net;
using System.Text;

namespace Platform.Dashboard.Rendering;

/// <summary>
/// Renders a console line's ANSI SGR escape sequences (colours, bold, dim, italic, underline) as HTML spans; every
/// other escape sequence is dropped and all text is HTML-encoded.
/// </summary>
public static class AnsiToHtml
{
    public static string Convert(string line)
    {
        var html = new StringBuilder(line.Length + 32);
        var style = AnsiStyle.Default;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '\u001b')
            {
                i = ReadEscape(line, i, ref style);
                continue;
            }
            var next = line.IndexOf('\u001b', i);
            var end = next < 0 ? line.Length : next;
            Append(html, style, line[i..end]);
            i = end;
        }
        return html.ToString();
    }

    private static int ReadEscape(string line, int start, ref AnsiStyle style)
    {
        if (start + 1 >= line.Length || line[start + 1] != '[')
        {
            return Math.Min(start + 2, line.Length);
        }
        var end = start + 2;
        while (end < line.Length && line[end] is < '@' or > '~')
        {
            end++;
        }
        if (end >= line.Length)
        {
            return line.Length;
        }
        if (line[end] == 'm')
        {
            style = style.Apply(ParseCodes(line[(start + 2)..end]));
        }
        return end + 1;
    }

    private static int[] ParseCodes(string parameters) =>
        parameters.Length == 0
            ? [0]
            : parameters.Split(';').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0).ToArray();

    private static void Append(StringBuilder html, AnsiStyle style, string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        if (style == AnsiStyle.Default)
        {
            html.Append(encoded);
            return;
        }
        html.Append("<span");
        if (style.Classes() is { Length: > 0 } classes)
        {
            html.Append(" class=\"").Append(classes).Append('"');
        }
        if (style.Css() is { Length: > 0 } css)
        {
            html.Append(" style=\"").Append(css).Append('"');
        }
        html.Append('>').Append(encoded).Append("</span>");
    }
}
