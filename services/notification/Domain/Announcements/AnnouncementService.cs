using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Notification.V1;
using Platform.Notification.Domain.Templates;
using Platform.Notification.Grpc;
using Platform.Notification.Options;
using Platform.Notification.Storage;
using Platform.Grpc.Validation;

namespace Platform.Notification.Domain.Announcements;

/// <summary>Security announcements: operators publish them in both locales; everyone reads them in theirs.</summary>
public sealed class AnnouncementService(AnnouncementStore store, IOptions<NotificationOptions> options, TimeProvider time)
{
    private const int MaxTitle = 100;
    private const int MaxBody = 2000;

    public async Task<(Announcement Announcement, AnnouncementRecord Record)> PublishAsync(PublishAnnouncementRequest request, string locale = Locales.Default)
    {
        var record = new AnnouncementRecord(
            "a_" + Guid.NewGuid().ToString("N"),
            RequestValidation.Text(request.TitleZh, "title_zh", MaxTitle),
            RequestValidation.Text(request.BodyZh, "body_zh", MaxBody),
            RequestValidation.Text(request.TitleEn, "title_en", MaxTitle),
            RequestValidation.Text(request.BodyEn, "body_en", MaxBody),
            time.GetUtcNow().ToUnixTimeMilliseconds());
        await store.AddAsync(record, options.Value.AnnouncementsKept);
        return (ToContract(record, locale), record);
    }

    public async Task<ListAnnouncementsResponse> ListAsync(ListAnnouncementsRequest request)
    {
        var locale = RequestValidation.Locale(request.Locale);
        var size = FieldRules.PageSize(request.PageSize);
        var response = new ListAnnouncementsResponse();
        response.Announcements.Add((await store.ListAsync(size)).Select(record => ToContract(record, locale)));
        return response;
    }

    private static Announcement ToContract(AnnouncementRecord record, string locale) => new()
    {
        AnnouncementId = record.Id,
        Title = locale == Locales.English ? record.TitleEn : record.TitleZh,
        Body = locale == Locales.English ? record.BodyEn : record.BodyZh,
        PublishedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(record.PublishedMs)),
    };
}
