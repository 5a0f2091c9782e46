using System.Text.Json;
using Platform.Identity.Domain.Cards;
using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>A user's bound cards: one hash, card id → JSON record, with a cap on how many.</summary>
public sealed class CardStore(IRedisClient redis)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Binds the card, or returns the one already bound under the same id (Created false); Card is null when the
    /// user already has the maximum number of cards.
    /// </summary>
    public async Task<(CardRecord? Card, bool Created)> AddAsync(string userId, CardRecord card, int maxCards)
    {
        var reply = await IdentityScripts.PutCapped.EvaluateAsync(redis, [IdentityKeys.Cards(userId)],
            [card.CardId, JsonSerializer.Serialize(card, Json), maxCards, "0"]);
        var status = reply[0].AsString();
        return status == "full" ? (null, false) : (JsonSerializer.Deserialize<CardRecord>(reply[1].AsString()!, Json), status == "created");
    }

    public async Task<CardRecord?> FindAsync(string userId, string cardId)
    {
        var json = await redis.HGetStringAsync(IdentityKeys.Cards(userId), cardId);
        return json is null ? null : JsonSerializer.Deserialize<CardRecord>(json, Json);
    }

    public async Task<IReadOnlyList<CardRecord>> ListAsync(string userId)
    {
        var all = await redis.HGetAllStringAsync(IdentityKeys.Cards(userId));
        return all.Values.Select(json => JsonSerializer.Deserialize<CardRecord>(json, Json)!).OrderBy(card => card.BoundAt).ToList();
    }

    public async Task<long> CountAsync(string userId) =>
        (await redis.ExecuteAsync("HLEN", IdentityKeys.Cards(userId))).AsInt64();
}
