using GrpcBenchServer;

var builder = WebApplication.CreateSlimBuilder(args);
if (!int.TryParse(builder.Configuration["port"], out var port) || port is < 0 or > 65535)
{
    Console.Error.WriteLine($"--port must be a TCP port number (0 picks a free one), got \"{builder.Configuration["port"]}\"");
    return 2;
}

builder.AddBenchServer(port);

var app = builder.Build();
app.MapGrpcService<UnaryBenchService>();

await app.StartAsync();
Console.WriteLine($"grpc bench server listening on {app.Urls.Single()}");
await app.WaitForShutdownAsync();
return 0;
