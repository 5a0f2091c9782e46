using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Contracts.Notification.V1;
using Platform.Identity.Domain.Accounts;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.ServiceDefaults.Security;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Sms;

/// <summary>
/// Hands a code to notification's SendOtp, signed as identity acting for the user, with a deadline. Notification's
/// rate limit (RESOURCE_EXHAUSTED) reaches the caller as it is; any other failure is UNAVAILABLE.
/// </summary>
public sealed class OtpSender(
    Notifications.NotificationsClient notifications, CallerMetadata caller, IOptions<IdentityOptions> options, ILogger<OtpSender> logger)
{
    public async Task SendAsync(Account account, string code, string purpose, string clientId, int validMinutes)
    {
        var request = new SendOtpRequest
        {
            UserId = account.UserId,
            Phone = account.Phone,
            Code = code,
            Purpose = purpose,
            Locale = account.Locale,
            ClientId = clientId,
            ValidMinutes = validMinutes,
        };
        try
        {
            await notifications.SendOtpAsync(request, caller.ForSystem(account.UserId), DateTime.UtcNow + options.Value.NotificationDeadline);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.ResourceExhausted)
        {
            throw RpcProblems.ResourceExhausted(ex.Status.Detail);
        }
        catch (RpcException ex)
        {
            logger.LogWarning("Notification did not accept an SMS code for user {UserId}: {Status}", account.UserId, ex.StatusCode);
            throw RpcProblems.Unavailable("the SMS code could not be sent; try again shortly");
        }
    }
}
