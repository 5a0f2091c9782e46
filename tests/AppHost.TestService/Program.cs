using AppHost.TestService;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddSingleton<WorkTelemetry>();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapTestEndpoints();

app.Run();
