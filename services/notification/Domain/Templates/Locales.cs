namespace Platform.Notification.Domain.Templates;

/// <summary>The locales every template is written in.</summary>
public static class Locales
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public const string Default = Chinese;

    public static readonly string[] All = [Chinese, English];
}
