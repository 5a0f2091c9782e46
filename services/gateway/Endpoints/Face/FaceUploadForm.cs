using Google.Protobuf;
using Google.Protobuf.Collections;
using Platform.Gateway.Endpoints.Common;
using Platform.Gateway.Problems;

namespace Platform.Gateway.Endpoints.Face;

/// <summary>
/// The multipart/form-data form of the face routes, as a browser's FormData sends it: image files under one name
/// ("images" or "frames"), in order, and the text fields beside them. Bytes go to identity as they are.
/// </summary>
public static class FaceUploadForm
{
    public const string ContentType = "multipart/form-data";

    public static async Task AddFilesAsync(IFormCollection form, string name, RepeatedField<ByteString> field, CancellationToken cancellationToken)
    {
        foreach (var file in form.Files.GetFiles(name))
        {
            await using var stream = file.OpenReadStream();
            field.Add(await ByteString.FromStreamAsync(stream, cancellationToken));
        }
    }

    /// <summary>A required text field; null with a 400 problem naming it when missing or malformed.</summary>
    public static string? Field(IFormCollection form, string name, int maxLength, out IResult? problem, bool identifier = false)
    {
        var value = form[name].ToString();
        problem = value.Length == 0 ? ProblemResults.Invalid(name, "is required")
            : value.Length > maxLength ? ProblemResults.Invalid(name, $"must be at most {maxLength} characters")
            : identifier && !Identifier.IsValid(value) ? ProblemResults.Invalid(name, Identifier.FormatErrorMessage(name))
            : null;
        return problem is null ? value : null;
    }

    private static readonly IdentifierAttribute Identifier = new();
}
