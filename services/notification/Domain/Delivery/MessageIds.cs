using System.Security.Cryptography;
using System.Text;

namespace Platform.Notification.Domain.Delivery;

/// <summary>
/// Message ids derived from the event id and the channel, so a redelivered event produces the same ids and the
/// stores recognise it as a duplicate.
/// </summary>
public static class MessageIds
{
    public static string For(string eventId, string channel) =>
        "m_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId + "\n" + channel)))[..24];
}
