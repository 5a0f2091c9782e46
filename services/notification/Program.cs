using Platform.Notification.Extensions;
using Platform.Notification.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNotificationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<NotificationService>();
app.MapGrpcHealthChecksService();

app.Run();
