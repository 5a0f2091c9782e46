var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.UseGatewayPipeline();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapGatewayApi();

app.Run();

/// <summary>The gateway's entry point, visible to the in-process test host.</summary>
public partial class Program;
