namespace Platform.Gateway.Problems;

/// <summary>RFC 7807 problem results the gateway answers with.</summary>
public static class ProblemResults
{
    /// <summary>400 with one field-level error.</summary>
    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>Any status, with a title and a readable detail.</summary>
    public static IResult Problem(int status, string title, string? detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
