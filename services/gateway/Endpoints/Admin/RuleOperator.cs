namespace Platform.Gateway.Endpoints.Admin;

/// <summary>How a rule compares its feature with its threshold.</summary>
public enum RuleOperator
{
    Gt,
    Ge,
    Lt,
    Le,
    Eq,
}
