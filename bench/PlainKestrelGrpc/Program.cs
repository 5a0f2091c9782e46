using PlainKestrelGrpc;

var builder = WebApplication.CreateSlimBuilder(args);
if (!int.TryParse(builder.Configuration["port"], out var port) || port is < 0 or > 65535)
{
    Console.Error.WriteLine($"--port must be a TCP port number (0 picks a free one), got \"{builder.Configuration["port"]}\"");
    return 2;
}

builder.AddPlainKestrel(port);

var app = builder.Build();
app.MapPost(CannedUnaryCall.Path, CannedUnaryCall.HandleAsync);

await app.StartAsync();
app.AnnounceListeningAddress();
await app.WaitForShutdownAsync();
return 0;
