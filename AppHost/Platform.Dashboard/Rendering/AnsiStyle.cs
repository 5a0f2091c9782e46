using System.Globalization;

namespace Platform.Dashboard.Rendering;

/// <summary>
/// The text style an ANSI stream is in. The 16 standard colours map to CSS classes (themed in dashboard.css);
/// 256-colour and true-colour codes become inline colours.
/// </summary>
internal readonly record struct AnsiStyle(string? Foreground, string? Background, bool Bold, bool Dim, bool Italic, bool Underline)
{
    public static readonly AnsiStyle Default = new(null, null, false, false, false, false);

    public AnsiStyle Apply(int[] codes)
    {
        var style = this;
        for (var i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            style = code switch
            {
                0 => Default,
                1 => style with { Bold = true },
                2 => style with { Dim = true },
                3 => style with { Italic = true },
                4 => style with { Underline = true },
                22 => style with { Bold = false, Dim = false },
                23 => style with { Italic = false },
                24 => style with { Underline = false },
                >= 30 and <= 37 => style with { Foreground = $"c{code - 30}" },
                >= 90 and <= 97 => style with { Foreground = $"c{code - 90 + 8}" },
                39 => style with { Foreground = null },
                >= 40 and <= 47 => style with { Background = $"c{code - 40}" },
                >= 100 and <= 107 => style with { Background = $"c{code - 100 + 8}" },
                49 => style with { Background = null },
                38 or 48 => Extended(style, codes, ref i, code == 38),
                _ => style,
            };
        }
        return style;
    }

    public string Classes()
    {
        var classes = new List<string>(4);
        if (Foreground is ['c', ..]) classes.Add($"ansi-fg-{Foreground[1..]}");
        if (Background is ['c', ..]) classes.Add($"ansi-bg-{Background[1..]}");
        if (Bold) classes.Add("ansi-bold");
        if (Dim) classes.Add("ansi-dim");
        if (Italic) classes.Add("ansi-italic");
        if (Underline) classes.Add("ansi-underline");
        return string.Join(' ', classes);
    }

    public string Css()
    {
        var css = "";
        if (Foreground is ['#', ..]) css += $"color:{Foreground};";
        if (Background is ['#', ..]) css += $"background-color:{Background};";
        return css;
    }

    /// <summary>38;5;n (palette) or 38;2;r;g;b (true colour); 48 for the background.</summary>
    private static AnsiStyle Extended(AnsiStyle style, int[] codes, ref int i, bool foreground)
    {
        string? colour = null;
        if (i + 2 < codes.Length && codes[i + 1] == 5)
        {
            colour = Palette(codes[i + 2]);
            i += 2;
        }
        else if (i + 4 < codes.Length && codes[i + 1] == 2)
        {
            colour = Hex(codes[i + 2], codes[i + 3], codes[i + 4]);
            i += 4;
        }
        return colour is null ? style : foreground ? style with { Foreground = colour } : style with { Background = colour };
    }

    private static string Palette(int index) => index switch
    {
        < 16 => $"c{Math.Max(0, index)}",
        < 232 => Hex(Cube((index - 16) / 36), Cube((index - 16) / 6 % 6), Cube((index - 16) % 6)),
        _ => Hex(8 + (Math.Min(index, 255) - 232) * 10, 8 + (Math.Min(index, 255) - 232) * 10, 8 + (Math.Min(index, 255) - 232) * 10),
    };

    private static int Cube(int level) => level == 0 ? 0 : 55 + level * 40;

    private static string Hex(int r, int g, int b) =>
        string.Create(CultureInfo.InvariantCulture, $"#{Math.Clamp(r, 0, 255):x2}{Math.Clamp(g, 0, 255):x2}{Math.Clamp(b, 0, 255):x2}");
}
