using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Problems;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a value of the wrong type, an unknown field or
/// enum value, a missing body, a body over the size limit) into a problem that says what is wrong without
/// echoing framework internals.
/// </summary>
public static partial class RequestProblems
{
    public static IResult ToResult(BadHttpRequestException error)
    {
        if (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return ProblemResults.Problem(413, "Payload too large", "The request body is larger than this API accepts.");
        if (error.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return ProblemResults.Problem(415, "Unsupported media type", "Send the request body as application/json.");
        if (error.InnerException is JsonException json) return FromJson(json);
        if (error.Message.Contains("no body was provided", StringComparison.Ordinal) ||
            error.Message.Contains("was not provided from body", StringComparison.Ordinal))
            return ProblemResults.Invalid(FieldNames.Body, "a JSON body is required");
        if (BoundParameter().Match(error.Message) is { Success: true } parameter)
            return ProblemResults.Invalid(FieldNames.ToJson(parameter.Groups["name"].Value), "has the wrong format");
        return ProblemResults.Problem(400, "Bad request", "The request could not be read.");
    }

    private static IResult FromJson(JsonException json)
    {
        var field = FieldNames.FromJsonPath(json.Path);
        if (json.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
            return ProblemResults.Invalid(field, "is not a field of this request");
        if (field == FieldNames.Body) return ProblemResults.Invalid(field, "is not a valid JSON object for this request");
        return ProblemResults.Invalid(field, "has a value of the wrong type, format or range");
    }

    [GeneratedRegex("""parameter "[^"\s]+ (?<name>[A-Za-z_][A-Za-z0-9_]*)" from""")]
    private static partial Regex BoundParameter();
}
