using System.Diagnostics;
using System.Text.Json;

namespace FaceEngine.Tests.Imaging;

/// <summary>jpeg-js in Node (tests/FaceEngine.Tests/node_modules, installed by `npm ci` there; ./test.sh does it).</summary>
public static class JpegReference
{
    private static readonly string ProjectDirectory = FindProjectDirectory();

    public static (int Width, int Height, byte[] Rgb) Decode(byte[] jpeg)
    {
        using var files = new TemporaryFiles();
        var input = files.Path("in.jpg");
        var output = files.Path("out.rgb");
        File.WriteAllBytes(input, jpeg);
        var json = Run("decode", input, output);
        using var size = JsonDocument.Parse(json);
        return (size.RootElement.GetProperty("width").GetInt32(), size.RootElement.GetProperty("height").GetInt32(), File.ReadAllBytes(output));
    }

    public static byte[] Encode(int width, int height, byte[] rgb, int quality)
    {
        using var files = new TemporaryFiles();
        var input = files.Path("in.rgb");
        var output = files.Path("out.jpg");
        File.WriteAllBytes(input, rgb);
        Run("encode", input, width.ToString(), height.ToString(), quality.ToString(), output);
        return File.ReadAllBytes(output);
    }

    private static string Run(params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(ProjectDirectory, "node_modules", "jpeg-js")))
        {
            throw new InvalidOperationException($"{ProjectDirectory}/node_modules/jpeg-js is missing: run `npm ci` in tests/FaceEngine.Tests (./test.sh does this)");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ProjectDirectory };
        start.ArgumentList.Add(Path.Combine(ProjectDirectory, "jpeg-reference.js"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new TimeoutException("jpeg-reference.js did not finish in 60 s");
        }

        return process.ExitCode == 0 ? stdout.Result : throw new InvalidOperationException($"jpeg-reference.js {arguments[0]} failed ({process.ExitCode}): {stderr}");
    }

    private static string FindProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FaceEngine.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"FaceEngine.Tests.csproj not found above {AppContext.BaseDirectory}");
    }

    private sealed class TemporaryFiles : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("face-engine-jpeg-").FullName;

        public string Path(string name) => System.IO.Path.Combine(_directory, name);

        public void Dispose() => Directory.Delete(_directory, recursive: true);
    }
}
