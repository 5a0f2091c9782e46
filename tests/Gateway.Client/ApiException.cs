namespace Platform.Gateway.Client;

/// <summary>The gateway answered with a status the caller did not expect.</summary>
public sealed class ApiException(ApiResponse response, int? expected)
    : Exception($"Expected {(expected?.ToString() ?? "2xx")} but got {response.Code}: {Truncate(response.Text)}")
{
    public ApiResponse Response { get; } = response;

    private static string Truncate(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
