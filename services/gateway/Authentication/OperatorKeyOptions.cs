namespace Platform.Gateway.Authentication;

/// <summary>
/// Operators and their keys (section <c>Gateway</c>, key <c>OperatorKeys</c>: operator id → key, e.g. env
/// <c>Gateway__OperatorKeys__alice=…</c>). With none configured, every operator route answers 401.
/// </summary>
public sealed class OperatorKeyOptions
{
    public const string Section = "Gateway";
    public const int MinKeyLength = 24;

    public Dictionary<string, string> OperatorKeys { get; set; } = new(StringComparer.Ordinal);
}
