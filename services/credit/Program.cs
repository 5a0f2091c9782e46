using Platform.Credit.Extensions;
using Platform.Credit.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCreditServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<CreditService>();

app.Run();
