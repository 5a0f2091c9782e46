using System.Text;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class StorageTests(IdentityFixture fixture)
{
    [Fact]
    public async Task No_password_code_token_card_number_or_face_descriptor_is_stored_in_clear()
    {
        var user = await fixture.RegisterAsync();
        const string cardNumber = "6222020200112233446";
        await fixture.Client.BindCardAsync(
            new BindCardRequest { UserId = user.UserId, CardNumber = cardNumber, HolderName = "Zhao Liu", BankCode = "ABC" },
            fixture.Callers.User(user.UserId), Deadline);
        var face = RandomDescriptor();
        await fixture.EnrolFaceAsync(user, face);
        var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.SmsCode, Factor.Face], "op-" + Guid.NewGuid(), 500);
        var code = await fixture.SendSmsCodeAsync(user, verification.VerificationId);
        await fixture.VerifyFaceAsync(user, verification.VerificationId, face);
        var result = await fixture.Client.VerifySmsCodeAsync(
            new VerifySmsCodeRequest { UserId = user.UserId, VerificationId = verification.VerificationId, Code = code },
            fixture.Callers.User(user.UserId), Deadline);
        Assert.NotEmpty(result.Verification.Ticket);

        var everything = await RedisContents.ReadAllAsync(fixture.RedisClient);
        var identityOnly = everything.Where(entry => entry.Key.StartsWith("identity:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(identityOnly);

        AssertAbsent(everything, Encoding.UTF8.GetBytes(user.LoginPassword), "the login password");
        AssertAbsent(everything, Encoding.UTF8.GetBytes(user.PaymentPassword), "the payment password");
        AssertAbsent(everything, Encoding.UTF8.GetBytes(cardNumber), "the card number");
        AssertAbsent(everything, Encoding.UTF8.GetBytes(user.Session.RefreshToken), "the refresh token");
        AssertAbsent(everything, Encoding.UTF8.GetBytes(result.Verification.Ticket), "the ticket");
        AssertAbsent(everything, FloatBytes(face), "the face descriptor");
        AssertAbsent(everything, Encoding.UTF8.GetBytes(face[0].ToString("R", System.Globalization.CultureInfo.InvariantCulture)), "a descriptor value as text");
        // The SMS outbox is the simulated phone and holds the text it received; identity itself keeps no code.
        AssertAbsent(identityOnly, Encoding.UTF8.GetBytes(code), "the SMS code");
    }

    private static byte[] FloatBytes(float[] values)
    {
        var bytes = new byte[values.Length * 4];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        return bytes[..32];
    }

    private static void AssertAbsent(IEnumerable<(string Key, byte[] Bytes)> entries, byte[] secret, string what)
    {
        foreach (var (key, bytes) in entries)
        {
            Assert.False(bytes.AsSpan().IndexOf(secret) >= 0, $"{what} is stored in clear under {key}");
        }
    }
}
