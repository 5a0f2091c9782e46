using System.Diagnostics.CodeAnalysis;
using Interop.Client.Cases;
using Microsoft.Extensions.Configuration;

namespace Interop.Client;

/// <summary>
/// The command line: <c>--port N --test_case NAME [--host H]</c>; the interop spec's spellings
/// <c>--server_port</c> and <c>--server_host</c> are accepted too.
/// </summary>
public sealed record ClientArguments(string Host, int Port, string TestCase)
{
    public static bool TryParse(IConfiguration configuration, [NotNullWhen(true)] out ClientArguments? arguments, [NotNullWhen(false)] out string? error)
    {
        arguments = null;
        var host = configuration["host"] ?? configuration["server_host"] ?? "127.0.0.1";
        var port = configuration["port"] ?? configuration["server_port"];
        var testCase = configuration["test_case"];
        if (!int.TryParse(port, out var portNumber) || portNumber is < 1 or > 65535)
        {
            error = $"--port must be the server's TCP port, got \"{port}\"";
            return false;
        }

        if (testCase is null || !InteropCases.All.ContainsKey(testCase))
        {
            error = $"--test_case must be one of {string.Join(", ", InteropCases.All.Keys)}; got \"{testCase}\"";
            return false;
        }

        if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            error = $"--host must be a host name or IP address, got \"{host}\"";
            return false;
        }

        arguments = new ClientArguments(host, portNumber, testCase);
        error = null;
        return true;
    }
}
