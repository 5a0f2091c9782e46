using Platform.Identity.Extensions;
using Platform.Identity.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<IdentityService>();
app.MapGrpcHealthChecksService();

app.Run();
