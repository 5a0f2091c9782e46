using Grpc.Core;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Contracts.Notification.V1;
using Platform.Notification.Tests.Infrastructure;
using static Platform.Notification.Tests.Infrastructure.NotificationFixture;

namespace Platform.Notification.Tests;

[Collection(NotificationCollection.Name)]
public sealed class InboxTests(NotificationFixture fixture)
{
    [Fact]
    public async Task The_inbox_pages_newest_first_with_an_unread_count()
    {
        var userId = NewUser();
        for (var i = 1; i <= 25; i++)
            await fixture.PublishAsync(Topics.WithdrawalCompleted, new WithdrawalEvent { UserId = userId, AmountFen = i * 100, CardLast4 = "0042", WithdrawalId = $"w-{i}" });
        await fixture.WaitForInboxAsync(userId, 25);

        var pages = new List<ListInboxResponse>();
        var token = "";
        do
        {
            var page = await fixture.InboxAsync(userId, pageSize: 10, pageToken: token);
            pages.Add(page);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal([10, 10, 5], pages.Select(page => page.Messages.Count));
        Assert.All(pages, page => Assert.Equal(25, page.Unread));
        var all = pages.SelectMany(page => page.Messages).ToList();
        Assert.Equal(25, all.Select(m => m.MessageId).Distinct().Count());
        var times = all.Select(m => m.At.ToDateTimeOffset()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task Marking_a_message_read_lowers_the_unread_count_once()
    {
        var (userId, _) = await fixture.RegisterUserAsync("en");
        await fixture.PublishAsync(Topics.WithdrawalCompleted, new WithdrawalEvent { UserId = userId, AmountFen = 100, CardLast4 = "0042" });
        var inbox = await fixture.WaitForInboxAsync(userId, 2);
        Assert.Equal(2, inbox.Unread);
        var target = inbox.Messages[0];

        var read = await MarkReadAsync(userId, userId, target.MessageId);
        Assert.True(read.Read);
        Assert.Equal(target.Title, read.Title);
        await MarkReadAsync(userId, userId, target.MessageId);

        var after = await fixture.InboxAsync(userId);
        Assert.Equal(1, after.Unread);
        Assert.True(after.Messages.Single(m => m.MessageId == target.MessageId).Read);
        var unread = await fixture.InboxAsync(userId, unreadOnly: true);
        Assert.Equal(inbox.Messages[1].MessageId, unread.Messages.Single().MessageId);
    }

    [Fact]
    public async Task A_user_cannot_read_or_mark_another_users_inbox()
    {
        var (alice, _) = await fixture.RegisterUserAsync("en");
        var (bob, _) = await fixture.RegisterUserAsync("en");
        var message = (await fixture.InboxAsync(alice)).Messages.Single();

        var list = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.ListInboxAsync(
            new ListInboxRequest { UserId = alice }, fixture.Callers.User(bob), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, list.StatusCode);
        var mark = await Assert.ThrowsAsync<RpcException>(() => MarkReadAsync(bob, alice, message.MessageId));
        Assert.Equal(StatusCode.PermissionDenied, mark.StatusCode);
        var viaOwnId = await Assert.ThrowsAsync<RpcException>(() => MarkReadAsync(bob, bob, message.MessageId));
        Assert.Equal(StatusCode.NotFound, viaOwnId.StatusCode);
        var unsigned = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.ListInboxAsync(
            new ListInboxRequest { UserId = alice }, deadline: Deadline).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, unsigned.StatusCode);

        Assert.Equal(1, (await fixture.InboxAsync(alice)).Unread);
    }

    [Theory]
    [InlineData("abc", 0, "page_token")]
    [InlineData("-5", 0, "page_token")]
    [InlineData("", -1, "page_size")]
    [InlineData("", 101, "page_size")]
    public async Task Bad_paging_is_invalid(string token, int size, string field)
    {
        var userId = NewUser();
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.InboxAsync(userId, size, token));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(field, error.Status.Detail);
    }

    [Fact]
    public async Task The_sms_outbox_is_for_operators_only()
    {
        var userId = NewUser();
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.ListSmsAsync(
            new ListSmsRequest { Phone = NewPhone() }, fixture.Callers.User(userId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    private Task<InboxMessage> MarkReadAsync(string caller, string userId, string messageId) =>
        fixture.Client.MarkReadAsync(new MarkReadRequest { UserId = userId, MessageId = messageId }, fixture.Callers.User(caller), Deadline).ResponseAsync;
}
