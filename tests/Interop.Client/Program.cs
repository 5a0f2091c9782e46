using Grpc.Core;
using Grpc.Net.Client;
using Interop.Client;
using Interop.Client.Cases;
using Microsoft.Extensions.Configuration;

var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();
if (!ClientArguments.TryParse(configuration, out var arguments, out var error))
{
    Console.Error.WriteLine(error);
    return 2;
}

using var channel = GrpcChannel.ForAddress($"http://{arguments.Host}:{arguments.Port}");
try
{
    await InteropCases.All[arguments.TestCase](new InteropClients(channel));
    Console.WriteLine($"{arguments.TestCase}: passed");
    return 0;
}
catch (Exception exception) when (exception is InteropCaseFailedException or RpcException)
{
    Console.Error.WriteLine($"FAILED {arguments.TestCase}: {exception.Message}");
    return 1;
}
catch (Exception exception)
{
    // Anything else is a fault in the client library under test: show all of it.
    Console.Error.WriteLine($"FAILED {arguments.TestCase} with an unexpected exception: {exception}");
    return 1;
}
