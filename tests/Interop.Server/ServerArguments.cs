using System.Diagnostics.CodeAnalysis;

namespace Interop.Server;

/// <summary>The command line: <c>--port N</c>, where 0 picks a free port.</summary>
public sealed record ServerArguments(int Port)
{
    public static bool TryParse(IConfiguration configuration, [NotNullWhen(true)] out ServerArguments? arguments, [NotNullWhen(false)] out string? error)
    {
        var port = configuration["port"];
        if (!int.TryParse(port, out var portNumber) || portNumber is < 0 or > 65535)
        {
            arguments = null;
            error = $"--port must be a TCP port number (0 picks a free one), got \"{port}\"";
            return false;
        }

        arguments = new ServerArguments(portNumber);
        error = null;
        return true;
    }
}
