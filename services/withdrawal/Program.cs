using Platform.Withdrawal.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWithdrawalServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<WithdrawalsService>();

app.Run();
