namespace Platform.Gateway.Client;

/// <summary>
/// A phone camera pointed at a face: the photos it takes for enrolment, and the frames it captures while the person
/// performs a session's prompt (e.g. "turn_left_then_right"). Users with a camera send images, not descriptors:
/// base64 in JSON, or with <see cref="SendsForms"/> as multipart/form-data files, as a browser's FormData would.
/// </summary>
public sealed class FaceCamera(byte[][] enrolmentPhotos, Func<string, byte[][]> perform)
{
    public byte[][] EnrolmentPhotos { get; } = enrolmentPhotos;

    public bool SendsForms { get; init; }

    public byte[][] Perform(string prompt) => perform(prompt);

    /// <summary>The request body for <paramref name="files"/> under <paramref name="name"/> beside one text field.</summary>
    public HttpContent Body(string name, byte[][] files, string fieldName, string fieldValue)
    {
        if (!SendsForms) return System.Net.Http.Json.JsonContent.Create(new Dictionary<string, object> { [name] = files, [fieldName] = fieldValue });
        var form = new MultipartFormDataContent { { new StringContent(fieldValue), fieldName } };
        for (var i = 0; i < files.Length; i++) form.Add(new ByteArrayContent(files[i]), name, $"{name}-{i}.img");
        return form;
    }
}
