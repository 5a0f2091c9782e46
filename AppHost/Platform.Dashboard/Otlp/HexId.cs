namespace Platform.Dashboard.Otlp;

/// <summary>A trace or span id and its lower-case hex text, as cached by <see cref="SharedIds"/>.</summary>
internal sealed record HexId(ulong High, ulong Low, string Text);
