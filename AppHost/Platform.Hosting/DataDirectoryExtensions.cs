using Aspire.Hosting;
using Platform.Hosting.Orchestration;

namespace Platform.Hosting;

internal static class DataDirectoryExtensions
{
    /// <summary>Configuration "AppHost:DataDirectory", else ".data" next to the solution file.</summary>
    public static string GetDataDirectory(this IDistributedApplicationBuilder builder) =>
        AppHostOptions.DataDirectoryFrom(builder.Configuration, builder.AppHostDirectory);
}
