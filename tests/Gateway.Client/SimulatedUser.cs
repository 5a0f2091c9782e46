using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Platform.Gateway.Client;

/// <summary>
/// One person with one phone: their credentials, device key and face, and the flows they walk through the
/// public API. Every step returns or checks what the gateway answered, so a test can assert on it.
/// </summary>
public sealed class SimulatedUser(GatewayApi api, SmsOutbox sms, DeviceKey device, FaceProfile face) : IDisposable
{
    public static readonly TimeSpan SmsWait = TimeSpan.FromSeconds(30);

    public GatewayApi Api { get; } = api;
    public DeviceKey Device { get; } = device;
    public FaceProfile Face { get; } = face;
    public string Phone { get; } = TestData.Phone();
    public string LoginPassword { get; set; } = "Pass" + Guid.NewGuid().ToString("N")[..10] + "9";
    public string PaymentPassword { get; set; } = TestData.PaymentPassword();
    public string? UserId { get; private set; }
    public string? CardId { get; private set; }
    public string? CardFingerprint { get; private set; }

    /// <summary>Opens the account from this phone, trusting its device key; signed in afterwards.</summary>
    public async Task<ApiResponse> RegisterAsync(string locale = "en")
    {
        var response = (await Api.PostAsync("/api/auth/register", new
        {
            phone = Phone, loginPassword = LoginPassword, paymentPassword = PaymentPassword,
            deviceId = Device.DeviceId, devicePublicKey = Device.PublicKey, locale,
        }, step: "register")).Expect(201);
        UseSession(response);
        return response;
    }

    /// <summary>Signs in from <paramref name="deviceId"/> (this phone's device by default).</summary>
    public async Task<ApiResponse> LoginAsync(string? deviceId = null, string? ticket = null)
    {
        var response = await Api.PostAsync("/api/auth/login", new
        {
            phone = Phone, loginPassword = LoginPassword, deviceId = deviceId ?? Device.DeviceId, verificationTicket = ticket,
        }, step: "login");
        if (response.IsSuccess && response.Str("accessToken") is not null) UseSession(response);
        return response;
    }

    public async Task<string> BindCardAsync(string? last4 = null, string bankCode = "CMB")
    {
        var card = (await Api.PostAsync("/api/cards", new
        {
            cardNumber = TestData.CardNumber(last4), holderName = "Test Holder", bankCode,
        }, step: "bind card")).Expect(201);
        CardId = card.Str("cardId");
        CardFingerprint = card.Str("fingerprint");
        return CardId!;
    }

    /// <summary>Enrols this face: a face-enrolment verification (SMS code and payment password), then the template.</summary>
    public async Task EnrollFaceAsync()
    {
        var verification = (await Api.PostAsync("/api/verifications", new { purpose = "faceEnrolment" }, step: "begin verification")).Expect(201);
        var ticket = await ProveAsync(verification.Body!);
        (await Api.PutAsync("/api/face/enrolment", new { descriptor = Face.Enrolment(), ticket }, step: "enrol face")).Expect(200);
    }

    /// <summary>Proves every factor <paramref name="verification"/> still needs; returns the ticket it ends in.</summary>
    public async Task<string> ProveAsync(JsonNode verification)
    {
        var id = verification["verificationId"]!.GetValue<string>();
        var satisfied = verification["satisfiedFactors"]!.AsArray().Select(f => f!.GetValue<string>()).ToHashSet();
        ApiResponse? last = null;
        foreach (var factor in verification["requiredFactors"]!.AsArray().Select(f => f!.GetValue<string>()))
        {
            if (satisfied.Contains(factor)) continue;
            last = (await ProveFactorAsync(id, factor)).Expect(200);
        }
        return last?.Str("ticket") ?? (await Api.GetAsync($"/api/verifications/{id}")).Expect(200).Str("ticket")
            ?? throw new InvalidOperationException("The verification completed without a ticket.");
    }

    /// <summary>Proves one factor the way this person would (the right password, their face, their phone's key).</summary>
    public async Task<ApiResponse> ProveFactorAsync(string verificationId, string factor)
    {
        var path = $"/api/verifications/{verificationId}";
        switch (factor)
        {
            case "paymentPassword":
                return await Api.PostAsync($"{path}/payment-password", new { paymentPassword = PaymentPassword }, step: "payment password");
            case "smsCode":
                return await Api.PostAsync($"{path}/sms/verify", new { code = await ReceiveSmsCodeAsync(verificationId) }, step: "verify sms");
            case "face":
                var session = (await Api.PostAsync($"{path}/face-sessions", step: "face session")).Expect(200);
                return await Api.PostAsync($"{path}/face", new { sessionId = session.Str("sessionId"), descriptor = Face.Capture() }, step: "verify face");
            case "trustedDevice":
                var challenge = (await Api.PostAsync($"{path}/device-challenges", new { deviceId = Device.DeviceId }, step: "device challenge")).Expect(200);
                var nonce = Convert.FromBase64String(challenge.Str("nonce")!);
                return await Api.PostAsync($"{path}/device", new { challengeId = challenge.Str("challengeId"), signature = Device.Sign(nonce) }, step: "verify device");
            default:
                throw new InvalidOperationException($"Unknown factor '{factor}'.");
        }
    }

    /// <summary>Asks for an SMS code for the verification and reads it off "the phone".</summary>
    public async Task<string> ReceiveSmsCodeAsync(string verificationId)
    {
        var seen = await sms.SeenAsync(Phone);
        (await Api.PostAsync($"/api/verifications/{verificationId}/sms", step: "send sms")).Expect(200);
        return SmsOutbox.CodeIn(await sms.WaitForNewAsync(Phone, seen, SmsWait));
    }

    public Task<ApiResponse> StartWithdrawalAsync(long amountFen, string? idempotencyKey = null, string? cardId = null) =>
        Api.PostAsync("/api/withdrawals", new { amountFen, cardId = cardId ?? CardId }, idempotencyKey ?? Guid.NewGuid().ToString(), "create withdrawal");

    public Task<ApiResponse> ConfirmAsync(string withdrawalId, string ticket, string? idempotencyKey = null) =>
        Api.PostAsync($"/api/withdrawals/{withdrawalId}/confirm", new { ticket }, idempotencyKey ?? Guid.NewGuid().ToString(), "confirm withdrawal");

    /// <summary>Create → prove what risk asks → confirm: the withdrawal as it stands after the confirmation.</summary>
    public async Task<ApiResponse> WithdrawAsync(long amountFen, string? cardId = null)
    {
        var created = (await StartWithdrawalAsync(amountFen, cardId: cardId)).Expect(202);
        if (created.Str("status") != "verificationRequired") return created;
        var verification = (await Api.GetAsync($"/api/verifications/{created.Str("verificationId")}", "get verification")).Expect(200);
        var ticket = await ProveAsync(verification.Body!);
        return (await ConfirmAsync(created.Str("withdrawalId")!, ticket)).Expect(202);
    }

    /// <summary>Polls the withdrawal until it is completed, failed or rejected.</summary>
    public async Task<ApiResponse> WaitForFinalAsync(string withdrawalId, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var current = (await Api.GetAsync($"/api/withdrawals/{withdrawalId}", "poll withdrawal")).Expect(200);
            if (current.Str("status") is "completed" or "failed" or "rejected") return current;
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"Withdrawal {withdrawalId} is still {current.Str("status")} after {timeout.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    private void UseSession(ApiResponse session)
    {
        UserId = session.Str("userId");
        Api.AccessToken = session.Str("accessToken");
    }

    public void Dispose() => Device.Dispose();
}
