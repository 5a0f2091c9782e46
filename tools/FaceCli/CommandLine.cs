using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Pipeline;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Tools.FaceCli;

/// <summary>`face describe IMAGE...`: one line per image, in order, each the JSON array of the faces found in it.</summary>
public static class CommandLine
{
    private const string Usage = "usage: face describe IMAGE...";

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        try
        {
            if (args.Length < 2 || args[0] != "describe")
            {
                throw new CliException(Usage);
            }

            var images = args[1..].Select(Load).ToList();
            var pipeline = LoadPipeline(ModelDirectory.Find());
            foreach (var image in images)
            {
                output.WriteLine(FaceJson.Write(pipeline.Describe(image)));
            }

            return 0;
        }
        catch (CliException e)
        {
            errors.WriteLine($"face: {e.Message}");
            return 1;
        }
    }

    private static RgbImage Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read: {e.Message}");
        }

        try
        {
            return ImageDecoder.Decode(bytes);
        }
        catch (ImageFormatException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
    }

    private static FacePipeline LoadPipeline(string modelDirectory)
    {
        try
        {
            return FacePipeline.LoadDirectory(modelDirectory);
        }
        catch (Exception e) when (e is WeightsFormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"weights in {modelDirectory}: {e.Message}");
        }
    }
}
