using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Security;
using Platform.Identity.Events;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Cards;

/// <summary>Binds bank cards for payout and shows them to their owner only.</summary>
public sealed partial class CardService(
    AccountStore accounts, CardStore cards, IdentitySecrets secrets, SecurityEventPublisher events, IOptions<IdentityOptions> options, TimeProvider time)
{
    public async Task<BankCard> BindAsync(BindCardRequest request)
    {
        if (!CardNumber.IsValid(request.CardNumber)) throw RpcProblems.Invalid("card_number must be 16 to 19 digits and pass the Luhn check");
        var holder = RequestValidation.Text(request.HolderName, "holder_name", 64, required: true);
        if (!BankCode().IsMatch(request.BankCode)) throw RpcProblems.Invalid("bank_code must be 2 to 10 capital letters, e.g. ICBC");
        var account = await accounts.FindAsync(request.UserId) ?? throw RpcProblems.NotFound("no such user");
        if (account.Frozen) throw RpcProblems.FailedPrecondition("the account is frozen");

        var fingerprint = Convert.ToHexStringLower(HMACSHA256.HashData(secrets.CardFingerprintKey, Encoding.ASCII.GetBytes(request.CardNumber)));
        var candidate = new CardRecord("card_" + fingerprint[..20], request.BankCode, request.CardNumber[^4..], holder, fingerprint, time.GetUtcNow());
        var (card, created) = await cards.AddAsync(account.UserId, candidate, options.Value.Cards.MaxCards);
        if (card is null) throw RpcProblems.FailedPrecondition($"at most {options.Value.Cards.MaxCards} cards; this one was not bound");
        if (created) await events.PublishAsync(account, SecurityEventTypes.CardBound, detail: "****" + card.Last4);
        return ToContract(card);
    }

    public async Task<ListCardsResponse> ListAsync(string userId)
    {
        var response = new ListCardsResponse();
        response.Cards.Add((await cards.ListAsync(userId)).Select(ToContract));
        return response;
    }

    public async Task<BankCard> GetAsync(string userId, string cardId)
    {
        FieldRules.Id(cardId, "card_id");
        var card = await cards.FindAsync(userId, cardId) ?? throw RpcProblems.NotFound("no such card");
        return ToContract(card);
    }

    private static BankCard ToContract(CardRecord card) => new()
    {
        CardId = card.CardId,
        BankCode = card.BankCode,
        Last4 = card.Last4,
        HolderName = card.HolderName,
        BoundAt = Timestamp.FromDateTimeOffset(card.BoundAt),
        CardFingerprint = card.Fingerprint,
    };

    [GeneratedRegex("^[A-Z]{2,10}$")]
    private static partial Regex BankCode();
}
