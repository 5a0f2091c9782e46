namespace FaceEngine.Tests;

public sealed class TemporaryDirectory : IDisposable
{
    public string FullName { get; } = Directory.CreateTempSubdirectory("face-engine-tests-").FullName;

    public string Path(string name) => System.IO.Path.Combine(FullName, name);

    public void Dispose() => Directory.Delete(FullName, recursive: true);
}
