using System.Text.Json;
using System.Text;
using Platform.Gateway.Client;
using Platform.Gateway.Tests.Infrastructure;

namespace Platform.Gateway.Tests;

/// <summary>
/// The routes that carry face images: a larger body limit than the rest of the API (set low here), and identity's
/// verdict on each image named by its JSON path. Identity here refuses device-computed descriptors, as in production.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class FaceUploadTests(GatewayStack stack)
{
    [Fact]
    public async Task Face_routes_take_bodies_up_to_their_own_limit_and_refuse_larger_ones_before_reading_them()
    {
        var user = await SignedInAsync();
        var underLimit = new string('A', (int)(GatewayStack.FaceUploadBytes * 0.9) / 4 * 4); // base64 of zero bytes, still under the limit

        var accepted = await user.Api.PutAsync("/api/face/enrolment", new { images = new[] { underLimit }, ticket = "tk_made-up" });
        var refused = await user.Api.SendAsync(HttpMethod.Put, "/api/face/enrolment",
            new StringContent(JsonSerializer.Serialize(new { images = new[] { underLimit, underLimit }, ticket = "tk_made-up" }), Encoding.UTF8, "application/json"),
            headers: WaitForContinue);

        Assert.Equal(400, accepted.Code); // read, and judged by identity: not an image
        Assert.StartsWith("is not a usable PNG or JPEG image", accepted.FieldError("images[0]"));
        Assert.Equal(413, refused.Code);
        Assert.Equal("application/problem+json", refused.ContentType);
    }

    [Fact]
    public async Task Each_bad_image_is_named_by_its_position()
    {
        var user = await SignedInAsync();

        var empty = await user.Api.PutAsync("/api/face/enrolment", new { images = new[] { Array.Empty<byte>() }, ticket = "tk" });
        var frames = await user.Api.PostAsync("/api/verifications/v-any/face", new
        {
            sessionId = "fs-any",
            frames = new[] { Encoding.ASCII.GetBytes("\x89PNG\r\n\x1a\n"), Encoding.ASCII.GetBytes("GIF89a") },
        });

        Assert.Equal(400, empty.Code);
        Assert.Equal("is empty", empty.FieldError("images[0]"));
        Assert.Equal(400, frames.Code);
        Assert.StartsWith("is not a usable PNG or JPEG image", frames.FieldError("frames[0]"));
    }

    [Fact]
    public async Task Descriptors_are_refused_where_identity_accepts_only_images()
    {
        var user = await SignedInAsync();

        var response = await user.Api.PutAsync("/api/face/enrolment", new { descriptor = new float[128], ticket = "tk" });

        Assert.Equal(400, response.Code);
        Assert.StartsWith("is not accepted here", response.FieldError("descriptor"));
    }

    [Fact]
    public async Task Images_may_come_as_multipart_form_data_files_beside_their_fields()
    {
        var user = await SignedInAsync();

        var enrolment = await user.Api.SendAsync(HttpMethod.Put, "/api/face/enrolment",
            Form(("ticket", "tk_made-up"), ("images", Encoding.ASCII.GetBytes("GIF89a not a face"))));
        var noTicket = await user.Api.SendAsync(HttpMethod.Put, "/api/face/enrolment", Form(("images", new byte[10])));
        var frames = await user.Api.SendAsync(HttpMethod.Post, "/api/verifications/v-any/face",
            Form(("sessionId", "fs-any"), ("frames", Encoding.ASCII.GetBytes("\x89PNG\r\n\x1a\n")), ("frames", new byte[1])));
        var badSession = await user.Api.SendAsync(HttpMethod.Post, "/api/verifications/v-any/face", Form(("sessionId", "no spaces please")));
        var tooLarge = await user.Api.SendAsync(HttpMethod.Put, "/api/face/enrolment",
            Form(("ticket", "tk"), ("images", new byte[GatewayStack.FaceUploadBytes + 1])), headers: WaitForContinue);
        var plainText = await user.Api.SendAsync(HttpMethod.Put, "/api/face/enrolment", new StringContent("images"));

        Assert.Equal(400, enrolment.Code);
        Assert.StartsWith("is not a usable PNG or JPEG image", enrolment.FieldError("images[0]"));
        Assert.Equal("is required", noTicket.FieldError("ticket"));
        Assert.StartsWith("is not a usable PNG or JPEG image", frames.FieldError("frames[0]"));
        Assert.Equal("must be 1-64 letters, digits or - _ . :", badSession.FieldError("sessionId"));
        Assert.Equal(413, tooLarge.Code);
        Assert.Equal(415, plainText.Code);
    }

    // A body over the limit (with a known Content-Length) is refused before it is read; waiting for "100 Continue"
    // keeps the client from writing it into a connection the server is closing, so the test reads the 413 every time.
    private static readonly Dictionary<string, string> WaitForContinue = new() { ["Expect"] = "100-continue" };

    private static MultipartFormDataContent Form(params (string Name, object Value)[] parts)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in parts)
        {
            if (value is byte[] bytes) form.Add(new ByteArrayContent(bytes), name, name + ".bin");
            else form.Add(new StringContent((string)value), name);
        }
        return form;
    }

    private async Task<SimulatedUser> SignedInAsync()
    {
        var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        return user;
    }
}
