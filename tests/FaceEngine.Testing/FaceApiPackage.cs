using Platform.Testing;

namespace Platform.FaceEngine.Testing;

/// <summary>
/// The @vladmandic/face-api package identity runs on, as <c>npm ci</c> in services/identity/FaceModels installs it
/// (./test.sh does): its weights (model/) and demo photos (demo/).
/// </summary>
public static class FaceApiPackage
{
    public static string Directory { get; } = Find();

    public static string Models => Path.Combine(Directory, "model");

    public static string DemoPhoto(string name) => Path.Combine(Directory, "demo", name);

    private static string Find()
    {
        var package = Path.Combine(RepositoryLayout.Root, "services", "identity", "FaceModels", "node_modules", "@vladmandic", "face-api");
        return System.IO.Directory.Exists(Path.Combine(package, "model"))
            ? package
            : throw new InvalidOperationException($"face-api is not installed at {package}: run `npm ci` in services/identity/FaceModels (./test.sh does).");
    }
}
