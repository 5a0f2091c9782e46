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

    /// <summary>When set, the face goes to the gateway as photos and challenge frames instead of descriptors.</summary>
    public FaceCamera? Camera { get; set; }
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
        var enrolled = Camera is null
            ? await Api.PutAsync("/api/face/enrolment", new { descriptor = Face.Enrolment(), ticket }, step: "enrol face")
            : await Api.SendAsync(HttpMethod.Put, "/api/face/enrolment", Camera.Body("images", Camera.EnrolmentPhotos, "ticket", ticket), step: "enrol face");
        enrolled.Expect(200);
    }

    /// <summary>Proves every factor <paramref name="verification"/> still needs; returns the ticket it ends in.</summary>
    public Task<string> ProveAsync(JsonNode verification, GatewayApi? on = null) =>
        ProveAsync(verification["verificationId"]!.GetValue<string>(), Names(verification["requiredFactors"]),
            Names(verification["satisfiedFactors"]), on);

    public async Task<string> ProveAsync(string verificationId, IEnumerable<string> required, IEnumerable<string> satisfied, GatewayApi? on = null)
    {
        var phone = on ?? Api;
        ApiResponse? last = null;
        foreach (var factor in required.Except(satisfied))
        {
            last = (await ProveFactorAsync(verificationId, factor, phone)).Expect(200);
        }
        return last?.Str("ticket") ?? (await phone.GetAsync($"/api/verifications/{verificationId}")).Expect(200).Str("ticket")
            ?? throw new InvalidOperationException("The verification completed without a ticket.");
    }

    /// <summary>Proves one factor the way this person would (the right password, their face, their phone's key).</summary>
    public async Task<ApiResponse> ProveFactorAsync(string verificationId, string factor, GatewayApi? on = null)
    {
        var phone = on ?? Api;
        var path = $"/api/verifications/{verificationId}";
        switch (factor)
        {
            case "paymentPassword":
                return await phone.PostAsync($"{path}/payment-password", new { paymentPassword = PaymentPassword }, step: "payment password");
            case "smsCode":
                return await phone.PostAsync($"{path}/sms/verify", new { code = await ReceiveSmsCodeAsync(verificationId, phone) }, step: "verify sms");
            case "face":
                var session = (await phone.PostAsync($"{path}/face-sessions", step: "face session")).Expect(200);
                return Camera is null
                    ? await phone.PostAsync($"{path}/face", new { sessionId = session.Str("sessionId"), descriptor = Face.Capture() }, step: "verify face")
                    : await phone.SendAsync(HttpMethod.Post, $"{path}/face",
                        Camera.Body("frames", Camera.Perform(session.Str("prompt")!), "sessionId", session.Str("sessionId")!), step: "verify face");
            case "trustedDevice":
                var challenge = (await phone.PostAsync($"{path}/device-challenges", new { deviceId = Device.DeviceId }, step: "device challenge")).Expect(200);
                var nonce = Convert.FromBase64String(challenge.Str("nonce")!);
                return await phone.PostAsync($"{path}/device", new { challengeId = challenge.Str("challengeId"), signature = Device.Sign(nonce) }, step: "verify device");
            default:
                throw new InvalidOperationException($"Unknown factor '{factor}'.");
        }
    }

    /// <summary>Asks for an SMS code for the verification and reads it off "the phone".</summary>
    public async Task<string> ReceiveSmsCodeAsync(string verificationId, GatewayApi? on = null)
    {
        var seen = await sms.SeenAsync(Phone);
        ((await (on ?? Api).PostAsync($"/api/verifications/{verificationId}/sms", step: "send sms"))).Expect(200);
        return await sms.WaitForCodeAsync(Phone, seen, SmsWait);
    }

    /// <summary>
    /// Signs in on another phone (a device this account never trusted): the login asks for step-up, the factors are
    /// proven with the step-up token, and the login completes with the ticket. Returns that phone, signed in.
    /// </summary>
    public async Task<GatewayApi> SignInOnAnotherPhoneAsync(GatewayApi phone, string deviceId)
    {
        var login = (await phone.PostAsync("/api/auth/login", new { phone = Phone, loginPassword = LoginPassword, deviceId }, step: "login")).Expect(200);
        if (login.Find("stepUpRequired")?.GetValue<bool>() != true) throw new InvalidOperationException("Expected a step-up login: " + login.Text);
        phone.StepUpToken = login.Str("stepUpToken");
        var ticket = await ProveAsync(login.Find("verification")!, phone);
        phone.StepUpToken = null;
        var session = (await phone.PostAsync("/api/auth/login", new
        {
            phone = Phone, loginPassword = LoginPassword, deviceId, verificationTicket = ticket,
        }, step: "login")).Expect(200);
        phone.AccessToken = session.Str("accessToken");
        return phone;
    }

    public Task<ApiResponse> StartWithdrawalAsync(long amountFen, string? idempotencyKey = null, string? cardId = null, GatewayApi? on = null) =>
        (on ?? Api).PostAsync("/api/withdrawals", new { amountFen, cardId = cardId ?? CardId }, idempotencyKey ?? Guid.NewGuid().ToString(), "create withdrawal");

    public Task<ApiResponse> ConfirmAsync(string withdrawalId, string ticket, string? idempotencyKey = null, GatewayApi? on = null) =>
        (on ?? Api).PostAsync($"/api/withdrawals/{withdrawalId}/confirm", new { ticket }, idempotencyKey ?? Guid.NewGuid().ToString(), "confirm withdrawal");

    /// <summary>Proves what risk asked for on a created withdrawal and confirms it: the withdrawal after the confirmation.</summary>
    public async Task<ApiResponse> VerifyAndConfirmAsync(ApiResponse created, GatewayApi? on = null)
    {
        var ticket = await ProveAsync(created.Str("verificationId")!, Names(created.Find("requiredFactors")), [], on);
        return (await ConfirmAsync(created.Str("withdrawalId")!, ticket, on: on)).Expect(202);
    }

    /// <summary>Create → prove what risk asks → confirm: the withdrawal as it stands after the confirmation.</summary>
    public async Task<ApiResponse> WithdrawAsync(long amountFen, string? cardId = null, GatewayApi? on = null)
    {
        var created = (await StartWithdrawalAsync(amountFen, cardId: cardId, on: on)).Expect(202);
        return created.Str("status") == "verificationRequired" ? await VerifyAndConfirmAsync(created, on) : created;
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

    private static IEnumerable<string> Names(JsonNode? factors) =>
        factors?.AsArray().Select(f => f!.GetValue<string>()) ?? [];

    private void UseSession(ApiResponse session)
    {
        UserId = session.Str("userId");
        Api.AccessToken = session.Str("accessToken");
    }

    public void Dispose() => Device.Dispose();
}
