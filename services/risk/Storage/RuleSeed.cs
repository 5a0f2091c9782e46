using Google.Protobuf;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Domain;

namespace Platform.Risk.Storage;

/// <summary>The rule set the service starts with: a JSON file (protobuf JSON form), built in unless configured.</summary>
public static class RuleSeed
{
    private const string BuiltIn = "Platform.Risk.Rules.seed-rules.json";

    public static RuleSet Load(string? path)
    {
        var json = path is { Length: > 0 } ? File.ReadAllText(path) : EmbeddedText.Read(BuiltIn);
        var rules = JsonParser.Default.Parse<RuleSet>(json);
        if (RuleSetValidator.Problem(rules) is { } problem)
            throw new InvalidOperationException($"The seed rules {(path ?? BuiltIn)} are not valid: {problem}");
        return rules;
    }
}
