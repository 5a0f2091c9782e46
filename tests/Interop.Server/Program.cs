using Interop.Server;

var builder = WebApplication.CreateSlimBuilder(args);
if (!ServerArguments.TryParse(builder.Configuration, out var arguments, out var error))
{
    Console.Error.WriteLine(error);
    return 2;
}

builder.AddInteropServer(arguments);

var app = builder.Build();
app.MapInteropServices();

await app.StartAsync();
app.AnnounceListeningAddress();
await app.WaitForShutdownAsync();
return 0;
