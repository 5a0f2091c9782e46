using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Platform.Gateway.Client;

/// <summary>One answer of the gateway: status, headers and the JSON body (null when there is none).</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonNode? Body, HttpResponseHeaders Headers, string? ContentType, string Text)
{
    public int Code => (int)Status;

    public bool IsSuccess => Code is >= 200 and < 300;

    /// <summary>The body's member <paramref name="name"/> as a string (a JSON path like "verification.ticket" works).</summary>
    public string? Str(string name) => Find(name)?.GetValue<string>();

    public long Long(string name) => Find(name)?.GetValue<long>() ?? throw Missing(name);

    public JsonNode? Find(string path)
    {
        var node = Body;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(part, out var child) ? child : null;
        }
        return node;
    }

    /// <summary>The first message of the field in a validation problem's <c>errors</c>, if any.</summary>
    public string? FieldError(string field) => Body?["errors"]?[field]?[0]?.GetValue<string>();

    /// <summary>Throws with the response's text unless its status is <paramref name="expected"/> (or any 2xx when null).</summary>
    public ApiResponse Expect(int? expected = null)
    {
        var ok = expected is { } code ? Code == code : IsSuccess;
        return ok ? this : throw new ApiException(this, expected);
    }

    private InvalidOperationException Missing(string name) => new($"The response has no '{name}': {Text}");
}
