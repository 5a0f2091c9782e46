namespace Platform.Tools.FaceCli;

/// <summary>
/// Where face-api's weights are: $FACE_API_MODELS, else the model folder of the @vladmandic/face-api package that
/// `npm ci` installs in tests/FaceEngine.Tests, searched for from the working directory and from this program's folder up.
/// </summary>
public static class ModelDirectory
{
    public const string Variable = "FACE_API_MODELS";

    private static readonly string InstalledPath = Path.Combine("tests", "FaceEngine.Tests", "node_modules", "@vladmandic", "face-api", "model");

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured)
                ? configured
                : throw new CliException($"{Variable}={configured} is not a directory");
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, InstalledPath);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new CliException($"face-api's weights were not found: run `npm ci` in tests/FaceEngine.Tests, or set {Variable} to a folder holding the *-weights_manifest.json files");
    }
}
