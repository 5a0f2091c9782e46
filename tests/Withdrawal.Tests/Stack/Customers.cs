using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Identity.V1;
using Platform.Contracts.Notification.V1;
using Platform.Testing;

namespace Platform.Withdrawal.Tests.Stack;

/// <summary>
/// Signs users up on the real identity and credit services, and proves the factors a verification asks for the way
/// a phone would: payment password, the SMS code (read from notification's SMS outbox), the face, the device key.
/// </summary>
public sealed partial class Customers(StackFixture stack)
{
    private const string LoginPassword = "correct horse battery 7";
    private const string PaymentPassword = "258036";

    public static DateTime Deadline => DateTime.UtcNow.AddSeconds(30);

    public async Task<Customer> CreateAsync(
        long limitFen = 1_000_000, long cashLimitFen = 500_000, string cardLast4 = "4242", bool enrollFace = true, string bankCode = "ICBC")
    {
        var identity = stack.IdentityClient;
        var phone = "+86139" + Random.Shared.Next(10_000_000, 99_999_999);
        var deviceId = Customer.NewDeviceId();
        var deviceKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var session = await identity.RegisterAsync(new RegisterRequest
        {
            Phone = phone,
            LoginPassword = LoginPassword,
            PaymentPassword = PaymentPassword,
            DeviceId = deviceId,
            DevicePublicKey = Convert.ToBase64String(deviceKey.ExportSubjectPublicKeyInfo()),
            Locale = "en",
        }, stack.Callers.System("registration"), Deadline);
        var userId = session.UserId;

        await stack.CreditClient.OpenLineAsync(
            new OpenLineRequest { UserId = userId, LimitFen = limitFen, CashLimitFen = cashLimitFen, StatementDay = 5 },
            stack.Callers.Operator(), Deadline);
        var card = await identity.BindCardAsync(new BindCardRequest
        {
            UserId = userId, CardNumber = CardNumbers.EndingIn(cardLast4), HolderName = "Test User", BankCode = bankCode,
        }, stack.Callers.User(userId), Deadline);

        var customer = new Customer(userId, phone, PaymentPassword, deviceId, deviceKey, card.CardId, card.Last4, RandomFace());
        if (enrollFace)
        {
            var enrolment = await identity.BeginVerificationAsync(
                new BeginVerificationRequest { UserId = userId, Purpose = "face_enrolment" }, stack.Callers.User(userId), Deadline);
            var ticket = await ProveAsync(customer, enrolment);
            var face = new EnrollFaceRequest { UserId = userId, Ticket = ticket };
            face.Descriptor_.AddRange(customer.Face);
            await identity.EnrollFaceAsync(face, stack.Callers.User(userId), Deadline);
        }
        return customer;
    }

    /// <summary>Proves every factor the verification requires; returns the ticket the last one yields.</summary>
    public async Task<string> ProveAsync(Customer customer, Verification verification)
    {
        FactorResult? result = null;
        foreach (var factor in verification.RequiredFactors)
        {
            result = factor switch
            {
                Factor.PaymentPassword => await stack.IdentityClient.VerifyPaymentPasswordAsync(new VerifyPaymentPasswordRequest
                {
                    UserId = customer.UserId, VerificationId = verification.VerificationId, PaymentPassword = customer.PaymentPassword,
                }, stack.Callers.User(customer.UserId), Deadline),
                Factor.SmsCode => await ProveSmsCodeAsync(customer, verification.VerificationId),
                Factor.Face => await ProveFaceAsync(customer, verification.VerificationId),
                Factor.TrustedDevice => await ProveDeviceAsync(customer, verification.VerificationId),
                _ => throw new InvalidOperationException($"The test cannot prove {factor}."),
            };
            Assert.True(result.Success, $"proving {factor} failed: {result.Reason}");
        }
        Assert.NotNull(result);
        Assert.False(string.IsNullOrEmpty(result.Verification.Ticket), "the last factor did not yield a ticket");
        return result.Verification.Ticket;
    }

    private async Task<FactorResult> ProveSmsCodeAsync(Customer customer, string verificationId)
    {
        var before = await SmsCountAsync(customer.Phone);
        await stack.IdentityClient.SendSmsCodeAsync(
            new SendSmsCodeRequest { UserId = customer.UserId, VerificationId = verificationId, ClientId = "tests-" + customer.UserId },
            stack.Callers.User(customer.UserId), Deadline);
        string? code = null;
        await Poll.UntilAsync(async () =>
        {
            var messages = await ListSmsAsync(customer.Phone);
            if (messages.Count <= before) return false;
            code = SixDigits().Match(messages.OrderBy(m => m.At.ToDateTimeOffset()).Last().Text).Value;
            return code.Length == 6;
        }, TimeSpan.FromSeconds(30), "the SMS code to reach the outbox");
        return await stack.IdentityClient.VerifySmsCodeAsync(
            new VerifySmsCodeRequest { UserId = customer.UserId, VerificationId = verificationId, Code = code },
            stack.Callers.User(customer.UserId), Deadline);
    }

    private async Task<FactorResult> ProveFaceAsync(Customer customer, string verificationId)
    {
        var session = await stack.IdentityClient.StartFaceSessionAsync(
            new StartFaceSessionRequest { UserId = customer.UserId, VerificationId = verificationId },
            stack.Callers.User(customer.UserId), Deadline);
        var probe = new VerifyFaceRequest { UserId = customer.UserId, VerificationId = verificationId, SessionId = session.SessionId };
        probe.Descriptor_.AddRange(customer.Face);
        return await stack.IdentityClient.VerifyFaceAsync(probe, stack.Callers.User(customer.UserId), Deadline);
    }

    private async Task<FactorResult> ProveDeviceAsync(Customer customer, string verificationId)
    {
        var challenge = await stack.IdentityClient.CreateDeviceChallengeAsync(new CreateDeviceChallengeRequest
        {
            UserId = customer.UserId, DeviceId = customer.DeviceId, VerificationId = verificationId,
        }, stack.Callers.User(customer.UserId), Deadline);
        var signature = customer.DeviceKey.SignData(challenge.Nonce.ToByteArray(), HashAlgorithmName.SHA256);
        return await stack.IdentityClient.VerifyDeviceAsync(new VerifyDeviceRequest
        {
            UserId = customer.UserId, VerificationId = verificationId, ChallengeId = challenge.ChallengeId,
            Signature = Google.Protobuf.ByteString.CopyFrom(signature),
        }, stack.Callers.User(customer.UserId), Deadline);
    }

    private async Task<int> SmsCountAsync(string phone) => (await ListSmsAsync(phone)).Count;

    private async Task<IReadOnlyList<SmsMessage>> ListSmsAsync(string phone) =>
        (await stack.NotificationClient.ListSmsAsync(new ListSmsRequest { Phone = phone, PageSize = 50 }, stack.Callers.Operator(), Deadline)).Messages;

    private static float[] RandomFace() => Enumerable.Range(0, 128).Select(_ => (float)(Random.Shared.NextDouble() * 0.2 - 0.1)).ToArray();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
