using Microsoft.Extensions.Options;
using Platform.Gateway.Authentication;
using Platform.Gateway.Extensions;
using Platform.Gateway.Endpoints.Admin;
using Platform.Gateway.Endpoints.Announcements;
using Platform.Gateway.Endpoints.Auth;
using Platform.Gateway.Endpoints.Cards;
using Platform.Gateway.Endpoints.Credit;
using Platform.Gateway.Endpoints.Devices;
using Platform.Gateway.Endpoints.Face;
using Platform.Gateway.Endpoints.Inbox;
using Platform.Gateway.Endpoints.Reports;
using Platform.Gateway.Endpoints.Security;
using Platform.Gateway.Endpoints.Verifications;
using Platform.Gateway.Endpoints.Withdrawals;
using Platform.Gateway.Idempotency;
using Platform.Gateway.Problems;

namespace Microsoft.AspNetCore.Builder;

public static class GatewayPipelineExtensions
{
    /// <summary>
    /// Problems for every failure, then who is calling (authentication, authorization), how often (rate
    /// limits, partitioned by the authenticated user), and once per Idempotency-Key.
    /// </summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    /// <summary>The public REST API under /api: only these routes reach the services, each through its typed client.</summary>
    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        var api = app.MapGroup("/api")
            .AddEndpointFilter<RpcProblemFilter>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        var faceUploads = new FaceUploadLimit(app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxFaceUploadBytes);
        api.MapAuthEndpoints();
        api.MapVerificationEndpoints(faceUploads);
        api.MapAdminEndpoints();

        var user = api.MapGroup("").RequireAuthorization(GatewaySchemes.UserPolicy);
        user.MapDeviceEndpoints();
        user.MapCardEndpoints();
        user.MapFaceEndpoints(faceUploads);
        user.MapWithdrawalEndpoints();
        user.MapCreditEndpoints();
        user.MapInboxEndpoints();
        user.MapAnnouncementEndpoints();
        user.MapSecurityEndpoints();
        user.MapReportEndpoints();

        return app;
    }
}
