using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Gateway.Client;

/// <summary>
/// The gateway's REST API for one client (one phone): it remembers the access token once signed in and sends
/// its client id with every request. Share one <see cref="HttpClient"/> between many of these.
/// </summary>
public sealed class GatewayApi(HttpClient http, string clientId, IRequestObserver? observer = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ClientId { get; } = clientId;

    public string? AccessToken { get; set; }

    /// <summary>Sent as X-Step-Up-Token while a login from an untrusted device is being verified.</summary>
    public string? StepUpToken { get; set; }

    public string? OperatorKey { get; set; }

    public Task<ApiResponse> GetAsync(string path, string? step = null) => SendAsync(HttpMethod.Get, path, content: null, step: step);

    public Task<ApiResponse> PostAsync(string path, object? body = null, string? idempotencyKey = null, string? step = null) =>
        SendAsync(HttpMethod.Post, path, JsonContent(body), idempotencyKey, step);

    public Task<ApiResponse> PutAsync(string path, object? body, string? step = null) =>
        SendAsync(HttpMethod.Put, path, JsonContent(body), step: step);

    public Task<ApiResponse> DeleteAsync(string path, string? step = null) => SendAsync(HttpMethod.Delete, path, content: null, step: step);

    /// <summary>Any request, with any content (hostile input tests send raw bytes through here).</summary>
    public async Task<ApiResponse> SendAsync(
        HttpMethod method, string path, HttpContent? content, string? idempotencyKey = null, string? step = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("X-Client-Id", ClientId);
        if (AccessToken is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + AccessToken);
        if (StepUpToken is not null) request.Headers.TryAddWithoutValidation("X-Step-Up-Token", StepUpToken);
        if (OperatorKey is not null) request.Headers.TryAddWithoutValidation("X-Operator-Key", OperatorKey);
        if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        observer?.Completed(step ?? $"{method} {path}", Stopwatch.GetElapsedTime(started), (int)response.StatusCode);
        return new ApiResponse(response.StatusCode, Parse(text), response.Headers, response.Content.Headers.ContentType?.MediaType, text);
    }

    private static HttpContent? JsonContent(object? body) => body switch
    {
        null => null,
        string raw => new StringContent(raw, Encoding.UTF8, "application/json"),
        _ => System.Net.Http.Json.JsonContent.Create(body, options: Json),
    };

    private static JsonNode? Parse(string text)
    {
        if (text.Length == 0) return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
