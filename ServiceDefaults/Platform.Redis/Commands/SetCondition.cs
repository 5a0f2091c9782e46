namespace Platform.Redis;

/// <summary>When SET writes the value.</summary>
public enum SetCondition
{
    /// <summary>Always.</summary>
    Always,

    /// <summary>Only if the key does not exist (NX).</summary>
    NotExists,

    /// <summary>Only if the key exists (XX).</summary>
    Exists,
}
