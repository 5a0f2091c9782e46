namespace Platform.ServiceDefaults.Security;

/// <summary>The verified originator of an internal call: the calling service and the user it acts for.</summary>
public sealed record Caller(string Service, CallerRole Role, string? UserId)
{
    public bool IsOperator => Role == CallerRole.Operator;
}
