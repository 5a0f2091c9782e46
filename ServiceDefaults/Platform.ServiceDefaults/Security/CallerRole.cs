namespace Platform.ServiceDefaults.Security;

/// <summary>On whose authority an internal call is made.</summary>
public enum CallerRole
{
    /// <summary>On behalf of one user: the callee may only touch that user's data.</summary>
    User,

    /// <summary>A person operating the platform (announcements, review cases, rules), authenticated at the gateway.</summary>
    Operator,

    /// <summary>A service acting on its own (saga steps, event handlers) for the user it names.</summary>
    System,
}
