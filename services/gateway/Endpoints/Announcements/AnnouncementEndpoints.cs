using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Notification.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Announcements;

/// <summary>Security announcements operators publish for every user.</summary>
public static class AnnouncementEndpoints
{
    public static RouteGroupBuilder MapAnnouncementEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/announcements").WithTags("Announcements").MapGet("/", ListAsync);
        return api;
    }

    private static async Task<Ok<AnnouncementResponse[]>> ListAsync(
        [AsParameters] AnnouncementQuery query, HttpContext http, Notifications.NotificationsClient notifications, ServiceCalls calls)
    {
        var list = await notifications.ListAnnouncementsAsync(new ListAnnouncementsRequest
        {
            Locale = query.Locale ?? "", PageSize = query.PageSize ?? Page.DefaultSize,
        }, calls.ForUser(http));
        return TypedResults.Ok(list.Announcements.Select(ToResponse).ToArray());
    }

    public static AnnouncementResponse ToResponse(this Announcement announcement) =>
        new(announcement.AnnouncementId, announcement.Title, announcement.Body, announcement.PublishedAt.ToApi());
}
