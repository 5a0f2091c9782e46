using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Accounts;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Face;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.ServiceDefaults.Security;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Verification;

/// <summary>Opens verifications and redeems the tickets they end in.</summary>
public sealed class StepUpService(
    AccountStore accounts,
    VerificationStore verifications,
    FaceAvailability face,
    SecretDigests digests,
    IOptions<IdentityOptions> options,
    TimeProvider time)
{
    public async Task<Contracts.Identity.V1.Verification> BeginAsync(Caller caller, BeginVerificationRequest request)
    {
        var purpose = FieldRules.Purpose(request.Purpose);
        var operationId = FieldRules.OptionalId(request.OperationId, "operation_id");
        var deviceId = request.DeviceId.Length == 0 ? "" : RequestValidation.DeviceId(request.DeviceId);
        if (request.AmountFen < 0) throw RpcProblems.Invalid("amount_fen must not be negative");
        var account = await RequireActiveAccountAsync(request.UserId);

        IReadOnlyList<Factor> factors;
        if (Purposes.IsSelfService(purpose))
        {
            if (request.RequiredFactors.Count > 0)
                throw RpcProblems.Invalid($"required_factors must be empty: identity decides the factors of '{purpose}'");
            factors = VerificationPolicy.SelfServiceFactors(purpose, await face.IsUsableAsync(account.UserId));
        }
        else if (purpose == Purposes.Login)
        {
            throw RpcProblems.Invalid("purpose 'login' is opened by Login itself");
        }
        else
        {
            if (caller.Role != CallerRole.System)
                throw RpcProblems.PermissionDenied($"only a service may open a '{purpose}' verification");
            if (operationId.Length == 0) throw RpcProblems.Invalid("operation_id is required");
            factors = ValidateFactors(request.RequiredFactors);
            if (factors.Contains(Factor.Face) && !await face.IsUsableAsync(account.UserId))
                throw RpcProblems.FailedPrecondition("face verification is not available for this user (not enrolled, or disabled)");
        }
        var record = await CreateAsync(account.UserId, purpose, operationId, request.AmountFen, factors, deviceId);
        return record.ToContract();
    }

    /// <summary>The verification a login from an untrusted device must complete (operation id = the device).</summary>
    public async Task<VerificationRecord> BeginLoginAsync(Account account, string deviceId) =>
        await CreateAsync(account.UserId, Purposes.Login, deviceId, 0,
            VerificationPolicy.LoginFactors(await face.IsUsableAsync(account.UserId)), deviceId);

    public async Task<Contracts.Identity.V1.Verification> GetAsync(string userId, string verificationId)
    {
        FieldRules.Id(verificationId, "verification_id");
        var record = await verifications.FindAsync(userId, verificationId) ?? throw RpcProblems.NotFound("no such verification");
        return record.ToContract();
    }

    public async Task<RedeemTicketResponse> RedeemAsync(RedeemTicketRequest request)
    {
        var ticket = Ticket(request.Ticket);
        var purpose = FieldRules.Purpose(request.Purpose);
        var operationId = FieldRules.OptionalId(request.OperationId, "operation_id");
        if (request.AmountFen < 0) throw RpcProblems.Invalid("amount_fen must not be negative");
        await RequireActiveAccountAsync(request.UserId);
        var factors = await RedeemAsync(request.UserId, ticket, purpose, operationId, request.AmountFen, matchOperation: true);
        var response = new RedeemTicketResponse { Strength = VerificationPolicy.StrengthOf(factors) };
        response.Factors.Add(factors);
        return response;
    }

    /// <summary>Redeems a ticket for one of identity's own purposes (the ticket names its operation).</summary>
    public Task<IReadOnlyList<Factor>> RedeemOwnAsync(string userId, string ticket, string purpose) =>
        RedeemAsync(userId, Ticket(ticket), purpose, "", 0, matchOperation: false);

    /// <summary>Redeems the ticket of a completed login verification for this device.</summary>
    public Task<IReadOnlyList<Factor>> RedeemLoginAsync(string userId, string ticket, string deviceId) =>
        RedeemAsync(userId, Ticket(ticket, "verification_ticket"), Purposes.Login, deviceId, 0, matchOperation: true);

    private async Task<IReadOnlyList<Factor>> RedeemAsync(string userId, string ticket, string purpose, string operationId, long amountFen, bool matchOperation)
    {
        var (status, factors) = await verifications.RedeemAsync(userId, digests.OfToken(ticket), time.GetUtcNow(), purpose, operationId, amountFen, matchOperation);
        return status switch
        {
            "ok" => factors,
            "replayed" => throw RpcProblems.FailedPrecondition("replayed: the ticket was already redeemed"),
            "expired" => throw RpcProblems.FailedPrecondition("the ticket has expired"),
            "mismatch" => throw RpcProblems.FailedPrecondition("the ticket was issued for another purpose, operation or amount"),
            _ => throw RpcProblems.FailedPrecondition("the ticket is not valid"),
        };
    }

    private async Task<VerificationRecord> CreateAsync(string userId, string purpose, string operationId, long amountFen, IReadOnlyList<Factor> factors, string deviceId)
    {
        var settings = options.Value.Verification;
        var record = new VerificationRecord(RandomSecrets.Id("v"), purpose, operationId, amountFen, factors, [],
            time.GetUtcNow() + settings.Lifetime, deviceId, TicketIssued: false);
        await verifications.CreateAsync(userId, record, settings.Lifetime + settings.ReplayMemory);
        return record;
    }

    private async Task<Account> RequireActiveAccountAsync(string userId)
    {
        var account = await accounts.FindAsync(userId) ?? throw RpcProblems.NotFound("no such user");
        return account.Frozen ? throw RpcProblems.FailedPrecondition("the account is frozen") : account;
    }

    private static Factor[] ValidateFactors(IReadOnlyCollection<Factor> factors)
    {
        if (factors.Count == 0) throw RpcProblems.Invalid("required_factors must name at least one factor");
        if (factors.Any(factor => factor == Factor.Unspecified || !Enum.IsDefined(factor)))
            throw RpcProblems.Invalid("required_factors contains an unknown factor");
        return factors.Distinct().ToArray();
    }

    private static string Ticket(string ticket, string field = "ticket") =>
        ticket.Length is > 0 and <= 128 ? ticket : throw RpcProblems.Invalid($"{field} is required");
}
