using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Accounts;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.PubSub;

namespace Platform.Identity.Events;

/// <summary>
/// Records a security event in the user's security centre and, in the same atomic step, publishes it as a
/// SecurityEvent on <c>identity.security</c>, carrying the phone and locale notification needs to tell the user.
/// Details never include secrets.
/// </summary>
public sealed class SecurityEventPublisher(SecurityEventStore store, IPubSubClient pubsub, IOptions<IdentityOptions> options, TimeProvider time)
{
    public async Task PublishAsync(Account account, string type, string factor = "", string deviceId = "", string clientIp = "", string detail = "")
    {
        var at = Timestamp.FromDateTimeOffset(time.GetUtcNow());
        var record = new SecurityEventRecord { Type = type, DeviceId = deviceId, At = at, Detail = detail };
        var published = pubsub.CreateOutboxMessage(Topics.PubSubName, Topics.IdentitySecurity, new SecurityEvent
        {
            UserId = account.UserId,
            Type = type,
            Factor = factor,
            DeviceId = deviceId,
            ClientIp = clientIp,
            Phone = account.Phone,
            Locale = account.Locale,
            At = at,
        });
        await store.AppendAsync(account.UserId, record, options.Value.SecurityEventsKept, published);
    }
}
