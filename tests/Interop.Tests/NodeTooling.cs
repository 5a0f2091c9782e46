using Platform.Testing;

namespace Interop.Tests;

/// <summary>Node and the @grpc/grpc-js scripts of tests/interop-node, with a clear message when they are not set up.</summary>
public static class NodeTooling
{
    public static string Node => ExecutableLocator.Require("node", "apt-get install -y nodejs");

    public static string Script(string name)
    {
        var project = BuildOutputs.NodeProject;
        if (!Directory.Exists(Path.Combine(project, "node_modules", "@grpc", "grpc-js")))
        {
            throw new InvalidOperationException(
                $"{project}/node_modules is missing: run `npm ci --prefix tests/interop-node` (test.sh does this)");
        }

        return Path.Combine(project, name);
    }
}
