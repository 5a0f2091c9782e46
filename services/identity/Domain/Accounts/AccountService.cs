using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Devices;
using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Domain.Security;
using Platform.Identity.Domain.Tokens;
using Platform.Identity.Domain.Verification;
using Platform.Identity.Events;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Identity.Telemetry;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Accounts;

/// <summary>Registration and login. A login from a device that is not trusted gets tokens only after step-up.</summary>
public sealed class AccountService(
    AccountStore accounts,
    LoginPasswordHasher loginPasswords,
    PaymentPasswordHasher paymentPasswords,
    DeviceService devices,
    StepUpService stepUp,
    SessionIssuer sessions,
    AttemptLimiter limiter,
    SecurityEventPublisher events,
    IdentityTelemetry telemetry,
    IOptions<IdentityOptions> options,
    TimeProvider time)
{
    public async Task<Session> RegisterAsync(RegisterRequest request)
    {
        using var activity = IdentityTelemetry.Source.StartActivity("identity.register");
        var phone = FieldRules.Phone(request.Phone);
        var password = RequestValidation.LoginPassword(request.LoginPassword, options.Value.Passwords.MinLoginPasswordLength);
        var pin = NewPaymentPassword(request.PaymentPassword);
        var deviceId = RequestValidation.DeviceId(request.DeviceId);
        var locale = RequestValidation.Locale(request.Locale);
        if (request.DevicePublicKey.Length > 0 && !DevicePublicKey.IsValid(request.DevicePublicKey))
            throw RpcProblems.Invalid("device_public_key must be an ECDSA P-256 SubjectPublicKeyInfo, base64");
        if (await accounts.FindUserIdByPhoneAsync(phone) is not null) throw RpcProblems.AlreadyExists("the phone is already registered");

        var (salt, digest) = paymentPasswords.Hash(pin);
        var account = new Account(await accounts.NextUserIdAsync(), phone, locale, loginPasswords.Hash(password), salt, digest,
            time.GetUtcNow(), Frozen: false, SessionGeneration: 0, CredentialChangedAt: null);
        if (!await accounts.CreateAsync(account)) throw RpcProblems.AlreadyExists("the phone is already registered");

        await events.PublishAsync(account, SecurityEventTypes.Registered, deviceId: deviceId);
        if (request.DevicePublicKey.Length > 0) await devices.TrustAsync(account, deviceId, request.DevicePublicKey, "");
        else await devices.SeenAsync(account, deviceId);
        return await sessions.IssueAsync(account, deviceId);
    }

    public async Task<Session> LoginAsync(LoginRequest request)
    {
        using var activity = IdentityTelemetry.Source.StartActivity("identity.login");
        var phone = FieldRules.Phone(request.Phone);
        var password = RequestValidation.OfferedPassword(request.LoginPassword);
        var deviceId = RequestValidation.DeviceId(request.DeviceId);
        var clientIp = RequestValidation.Text(request.ClientIp, "client_ip", 64, required: false);

        var userId = await accounts.FindUserIdByPhoneAsync(phone);
        var account = userId is null ? null : await accounts.FindAsync(userId);
        if (account is null)
        {
            loginPasswords.VerifyDecoy(password);
            throw Failed("unknown");
        }

        var attempt = await limiter.CheckAsync(account.UserId, CredentialNames.LoginPassword, options.Value.Passwords.LoginLockout,
            () => Task.FromResult(loginPasswords.Verify(password, account.LoginPasswordHash)));
        if (!attempt.Succeeded)
        {
            if (attempt.Status is AttemptStatus.Locked)
                throw Failed("locked", RpcProblems.ResourceExhausted($"too many failed logins; try again after {attempt.LockedUntil:u}"));
            await events.PublishAsync(account, SecurityEventTypes.LoginFailed, "login_password", deviceId, clientIp);
            if (attempt.JustLocked)
            {
                telemetry.Locked(CredentialNames.LoginPassword);
                await events.PublishAsync(account, SecurityEventTypes.FactorLocked, "login_password", deviceId, clientIp);
            }
            throw Failed("mismatch");
        }
        if (account.Frozen) throw Failed("frozen", RpcProblems.FailedPrecondition("the account is frozen"));

        if (!await devices.IsTrustedAsync(account.UserId, deviceId))
        {
            if (request.VerificationTicket.Length == 0)
            {
                var verification = await stepUp.BeginLoginAsync(account, deviceId);
                await events.PublishAsync(account, SecurityEventTypes.LoginNewDevice, deviceId: deviceId, clientIp: clientIp);
                telemetry.Login("step_up");
                return new Session { UserId = account.UserId, StepUpRequired = true, Verification = verification.ToContract() };
            }
            await stepUp.RedeemLoginAsync(account.UserId, request.VerificationTicket, deviceId);
        }
        await devices.SeenAsync(account, deviceId);
        await events.PublishAsync(account, SecurityEventTypes.Login, deviceId: deviceId, clientIp: clientIp);
        telemetry.Login("success");
        return await sessions.IssueAsync(account, deviceId);
    }

    /// <summary>A new payment password: exactly 6 digits, and not one of the first guesses.</summary>
    public static string NewPaymentPassword(string value, string field = "payment_password")
    {
        var pin = RequestValidation.PaymentPassword(value, field);
        return PinStrength.IsTrivial(pin) ? throw RpcProblems.Invalid($"{field} is too easy to guess (repeated or consecutive digits)") : pin;
    }

    private RpcException Failed(string outcome, RpcException? error = null)
    {
        telemetry.Login(outcome);
        return error ?? RpcProblems.Unauthenticated("the phone or the password is wrong");
    }
}
