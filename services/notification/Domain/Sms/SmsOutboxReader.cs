using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Notification.V1;
using Platform.Notification.Grpc;
using Platform.Notification.Storage;
using Platform.Grpc.Validation;

namespace Platform.Notification.Domain.Sms;

/// <summary>Reads the built-in provider's outbox for one phone, newest first.</summary>
public sealed class SmsOutboxReader(SmsOutboxStore outbox)
{
    public async Task<ListSmsResponse> ListAsync(ListSmsRequest request)
    {
        var phone = FieldRules.Phone(request.Phone);
        var size = FieldRules.PageSize(request.PageSize);
        var response = new ListSmsResponse();
        response.Messages.Add((await outbox.ListAsync(phone, size)).Select(message => new SmsMessage
        {
            MessageId = message.Id,
            Phone = message.Phone,
            Text = message.Text,
            At = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(message.AtMs)),
        }));
        return response;
    }
}
