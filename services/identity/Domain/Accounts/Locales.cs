namespace Platform.Identity.Domain.Accounts;

/// <summary>The locales messages are written in.</summary>
public static class Locales
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public const string Default = Chinese;
}
