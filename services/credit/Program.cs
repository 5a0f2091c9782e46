using Platform.Credit.Extensions;
using Platform.Credit.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCreditServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<CreditService>();

app.Run();

/// <summary>The entry point, visible to tests that host the service in-process.</summary>
public partial class Program;
