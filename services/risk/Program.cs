using Platform.Risk.Extensions;
using Platform.Risk.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddRiskServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<RiskService>();

app.Run();
