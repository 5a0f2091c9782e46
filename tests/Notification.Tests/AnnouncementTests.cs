using Grpc.Core;
using Platform.Contracts;
using Platform.Contracts.Notification.V1;
using Platform.Notification.Tests.Infrastructure;
using static Platform.Notification.Tests.Infrastructure.NotificationFixture;

namespace Platform.Notification.Tests;

[Collection(NotificationCollection.Name)]
public sealed class AnnouncementTests(NotificationFixture fixture)
{
    [Fact]
    public async Task An_operator_publishes_and_everyone_reads_it_in_their_locale()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var published = await fixture.Client.PublishAnnouncementAsync(new PublishAnnouncementRequest
        {
            TitleZh = "警惕冒充客服诈骗 " + tag, BodyZh = "工作人员不会索要验证码。",
            TitleEn = "Beware of fake support calls " + tag, BodyEn = "Our staff never ask for codes.",
        }, fixture.Callers.Operator(), Deadline);

        var english = await ListAsync("en", NewUser());
        var chinese = await ListAsync("zh-CN", NewUser());
        Assert.Equal("Beware of fake support calls " + tag, english.Single(a => a.AnnouncementId == published.AnnouncementId).Title);
        Assert.Equal("警惕冒充客服诈骗 " + tag, chinese.Single(a => a.AnnouncementId == published.AnnouncementId).Title);
        Assert.Equal(published.AnnouncementId, english[0].AnnouncementId);

        var stream = await fixture.RedisClient.ExecuteAsync("XRANGE", Topics.AnnouncementPublished, "-", "+");
        Assert.Contains(stream.Elements.ToArray(), entry => entry[1][1].AsString()!.Contains(published.AnnouncementId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_operators_publish_and_bad_announcements_are_invalid()
    {
        var userId = NewUser();
        var request = new PublishAnnouncementRequest { TitleZh = "标题", BodyZh = "正文", TitleEn = "Title", BodyEn = "Body" };
        var byUser = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.PublishAnnouncementAsync(request, fixture.Callers.User(userId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, byUser.StatusCode);

        var before = (await ListAsync("en", userId, 100)).Count;
        var missing = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.PublishAnnouncementAsync(
            new PublishAnnouncementRequest { TitleZh = "标题", BodyZh = "正文", TitleEn = "", BodyEn = "Body" }, fixture.Callers.Operator(), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, missing.StatusCode);
        Assert.StartsWith("title_en", missing.Status.Detail);
        var tooLong = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.PublishAnnouncementAsync(
            new PublishAnnouncementRequest { TitleZh = "标题", BodyZh = new string('长', 2001), TitleEn = "Title", BodyEn = "Body" }, fixture.Callers.Operator(), Deadline).ResponseAsync);
        Assert.StartsWith("body_zh", tooLong.Status.Detail);
        Assert.Equal(before, (await ListAsync("en", userId, 100)).Count);

        var badLocale = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.ListAnnouncementsAsync(
            new ListAnnouncementsRequest { Locale = "fr" }, fixture.Callers.User(userId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, badLocale.StatusCode);
    }

    private async Task<IReadOnlyList<Announcement>> ListAsync(string locale, string userId, int pageSize = 20) =>
        (await fixture.Client.ListAnnouncementsAsync(new ListAnnouncementsRequest { Locale = locale, PageSize = pageSize }, fixture.Callers.User(userId), Deadline)).Announcements;
}
