using System.Text.Json;
using Platform.Tools.FaceCli;

namespace FaceEngine.Tests.Cli;

/// <summary>`face describe` (./face.sh): one JSON array per image, clear errors and a non-zero exit otherwise.</summary>
public class CommandLineTests
{
    [Fact]
    public void Describe_prints_a_JSON_array_of_faces_per_image()
    {
        var photo = Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "demo", "sample2.jpg");
        var (exit, output, errors) = Run("describe", photo);

        Assert.True(exit == 0, errors);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var face = Assert.Single(JsonDocument.Parse(line).RootElement.EnumerateArray());
        Assert.Equal(4, face.GetProperty("box").GetArrayLength());
        Assert.InRange(face.GetProperty("score").GetDouble(), 0.5, 1);
        Assert.Equal(128, face.GetProperty("descriptor").GetArrayLength());
    }

    [Fact]
    public void Missing_and_non_image_files_and_a_bad_command_fail_with_a_message()
    {
        using var files = new TemporaryDirectory();
        File.WriteAllText(files.Path("notes.png"), "not an image");

        var missing = Run("describe", files.Path("absent.jpg"));
        var notImage = Run("describe", files.Path("notes.png"));
        var noImages = Run("describe");

        Assert.Equal(1, missing.Exit);
        Assert.Contains("absent.jpg: cannot read", missing.Errors);
        Assert.Equal(1, notImage.Exit);
        Assert.Contains("notes.png: image: not a PNG or JPEG", notImage.Errors);
        Assert.Equal(1, noImages.Exit);
        Assert.Contains("usage: face describe IMAGE...", noImages.Errors);
        Assert.Empty(missing.Output + notImage.Output + noImages.Output);
    }

    private static (int Exit, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = CommandLine.Run(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
