using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Identity.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Cards;

/// <summary>The user's bank cards: list, bind, read one.</summary>
public static class CardEndpoints
{
    public static RouteGroupBuilder MapCardEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cards").WithTags("Cards");
        group.MapGet("/", ListAsync);
        group.MapPost("/", BindAsync);
        group.MapGet("/{cardId}", GetAsync);
        return api;
    }

    private static async Task<Ok<CardResponse[]>> ListAsync(HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var cards = await identity.ListCardsAsync(new UserRequest { UserId = http.User.UserId() }, calls.ForUser(http));
        return TypedResults.Ok(cards.Cards.Select(ToResponse).ToArray());
    }

    private static async Task<Created<CardResponse>> BindAsync(BindCardBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var card = await identity.BindCardAsync(new BindCardRequest
        {
            UserId = http.User.UserId(), CardNumber = body.CardNumber, HolderName = body.HolderName, BankCode = body.BankCode,
        }, calls.ForUser(http));
        return TypedResults.Created($"/api/cards/{card.CardId}", ToResponse(card));
    }

    private static async Task<Ok<CardResponse>> GetAsync(
        [Identifier] string cardId, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        TypedResults.Ok(ToResponse(await identity.GetCardAsync(
            new GetCardRequest { UserId = http.User.UserId(), CardId = cardId }, calls.ForUser(http))));

    private static CardResponse ToResponse(BankCard card) =>
        new(card.CardId, card.BankCode, card.Last4, card.HolderName, card.BoundAt.ToApi(), card.CardFingerprint);
}
