namespace Platform.Gateway.Problems;

/// <summary>
/// Gives every problem the same shape: field names in <c>errors</c> as the JSON names the client sent (the
/// framework's validation reports C# member names), and the request's path as <c>instance</c>.
/// </summary>
public static class ProblemDetailsShape
{
    public static void Apply(ProblemDetailsContext context)
    {
        context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        if (context.ProblemDetails is not HttpValidationProblemDetails validation) return;
        var renamed = validation.Errors.ToDictionary(pair => FieldNames.ToJson(pair.Key), pair => pair.Value);
        validation.Errors.Clear();
        foreach (var (field, messages) in renamed) validation.Errors[field] = messages;
        validation.Detail ??= "See errors for the fields that are not valid.";
    }
}
