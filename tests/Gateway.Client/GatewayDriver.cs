namespace Platform.Gateway.Client;

/// <summary>
/// Drives the platform through one gateway: makes simulated users, and acts as an operator (opening credit lines,
/// block-listing, reading the SMS outbox of the built-in provider).
/// </summary>
public sealed class GatewayDriver
{
    private readonly HttpClient _http;
    private readonly IRequestObserver? _observer;

    public GatewayDriver(HttpClient http, string operatorKey, IRequestObserver? observer = null)
    {
        _http = http;
        _observer = observer;
        Operator = new GatewayApi(http, "operator-console", observer) { OperatorKey = operatorKey };
        Sms = new SmsOutbox(Operator);
    }

    public GatewayApi Operator { get; }

    public SmsOutbox Sms { get; }

    /// <summary>A new person with a new phone (its own client id, device key and face). Not yet registered.</summary>
    public SimulatedUser NewUser() =>
        new(new GatewayApi(_http, "app-" + Guid.NewGuid().ToString("N")[..16], _observer), Sms, DeviceKey.Create(), FaceProfile.Create());

    /// <summary>A new anonymous client, e.g. to send hostile requests or to sign in from another phone.</summary>
    public GatewayApi NewClient() => new(_http, "app-" + Guid.NewGuid().ToString("N")[..16], _observer);

    /// <summary>Opens the user's credit line (amounts in fen).</summary>
    public async Task<ApiResponse> OpenCreditLineAsync(string userId, long limitFen, long cashLimitFen, int statementDay = 5) =>
        (await Operator.PostAsync("/api/admin/credit-lines", new { userId, limitFen, cashLimitFen, statementDay }, step: "open credit line")).Expect(200);

    /// <summary>
    /// A registered user with a bound card, an open credit line and an enrolled face: ready to withdraw. With a
    /// <paramref name="camera"/> the face is enrolled and proven with images.
    /// </summary>
    public async Task<SimulatedUser> ReadyUserAsync(
        long limitFen = 5_000_000, long cashLimitFen = 2_000_000, string? cardLast4 = null, string bankCode = "CMB", FaceCamera? camera = null)
    {
        var user = NewUser();
        user.Camera = camera;
        await user.RegisterAsync();
        await user.BindCardAsync(cardLast4, bankCode);
        await OpenCreditLineAsync(user.UserId!, limitFen, cashLimitFen);
        await user.EnrollFaceAsync();
        return user;
    }
}
