namespace Platform.Dashboard.Otlp;

/// <summary>A string as it arrived in UTF-8, cached by <see cref="SharedStrings"/> so the next equal bytes need no decoding.</summary>
internal sealed record SharedUtf8(byte[] Utf8, string Text);
