namespace Platform.Identity.Domain.Sms;

/// <summary>Shows enough of a phone number for the user to recognise it: +86138****8000.</summary>
public static class PhoneMask
{
    public static string Mask(string phone) =>
        phone.Length <= 10 ? phone[..3] + new string('*', phone.Length - 5) + phone[^2..] : phone[..6] + new string('*', phone.Length - 10) + phone[^4..];
}
