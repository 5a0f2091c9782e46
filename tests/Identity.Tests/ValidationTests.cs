using Platform.Redis;
using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class ValidationTests(IdentityFixture fixture)
{
    public static TheoryData<string, string, string, string, string, string> BadRegistrations => new()
    {
        { "13800138000", "good pass 123", "802461", "dev-1", "en", "phone" },
        { "+86138", "good pass 123", "802461", "dev-1", "en", "phone" },
        { "PHONE", "good pass 123", "802461", "dev-1", "en", "phone" },
        { "+8613800138000", "short1", "802461", "dev-1", "en", "login_password" },
        { "+8613800138000", "onlyletters", "802461", "dev-1", "en", "login_password" },
        { "+8613800138000", new string('a', 121) + "12345678", "802461", "dev-1", "en", "login_password" },
        { "+8613800138000", "good pass 123", "12345", "dev-1", "en", "payment_password" },
        { "+8613800138000", "good pass 123", "abcdef", "dev-1", "en", "payment_password" },
        { "+8613800138000", "good pass 123", "123456", "dev-1", "en", "payment_password" },
        { "+8613800138000", "good pass 123", "888888", "dev-1", "en", "payment_password" },
        { "+8613800138000", "good pass 123", "802461", "", "en", "device_id" },
        { "+8613800138000", "good pass 123", "802461", "dev 1", "en", "device_id" },
        { "+8613800138000", "good pass 123", "802461", "dev-1", "fr", "locale" },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task A_bad_registration_names_the_field_and_creates_nothing(
        string phone, string password, string pin, string deviceId, string locale, string field)
    {
        var unique = NewPhone();
        var request = new RegisterRequest
        {
            Phone = phone == "+8613800138000" ? unique : phone, LoginPassword = password, PaymentPassword = pin, DeviceId = deviceId, Locale = locale,
        };
        var usersBefore = await UserSequenceAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.RegisterAsync(request, fixture.Anonymous, Deadline).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(field, error.Status.Detail);
        Assert.Equal(usersBefore, await UserSequenceAsync());
        Assert.Null(await fixture.RedisClient.GetStringAsync($"identity:phone:{{p:{unique}}}"));
    }

    [Theory]
    [InlineData("4111111111111112", "Wang Fang", "ICBC", "card_number")]
    [InlineData("411111111111", "Wang Fang", "ICBC", "card_number")]
    [InlineData("4111-1111-1111-1111", "Wang Fang", "ICBC", "card_number")]
    [InlineData("4111111111111111", "", "ICBC", "holder_name")]
    [InlineData("4111111111111111", "Wang\u0000Fang", "ICBC", "holder_name")]
    [InlineData("4111111111111111", "Wang Fang", "icbc", "bank_code")]
    [InlineData("4111111111111111", "Wang Fang", "", "bank_code")]
    public async Task A_bad_card_names_the_field_and_binds_nothing(string number, string holder, string bank, string field)
    {
        var user = await fixture.RegisterAsync();
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.BindCardAsync(
            new BindCardRequest { UserId = user.UserId, CardNumber = number, HolderName = holder, BankCode = bank },
            fixture.Callers.User(user.UserId), Deadline).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(field, error.Status.Detail);
        var cards = await fixture.Client.ListCardsAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
        Assert.Empty(cards.Cards);
    }

    [Fact]
    public async Task Bad_verification_requests_name_the_field()
    {
        var user = await fixture.RegisterAsync();
        async Task<string> Fails(BeginVerificationRequest request)
        {
            var error = await Assert.ThrowsAsync<RpcException>(() =>
                fixture.Client.BeginVerificationAsync(request, fixture.Callers.System(user.UserId), Deadline).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            return error.Status.Detail;
        }

        Assert.StartsWith("purpose", await Fails(new BeginVerificationRequest { UserId = user.UserId, Purpose = "Withdrawal!", OperationId = "op" }));
        Assert.StartsWith("amount_fen", await Fails(new BeginVerificationRequest { UserId = user.UserId, Purpose = "withdrawal", OperationId = "op", AmountFen = -1, RequiredFactors = { Factor.Face } }));
        Assert.StartsWith("required_factors", await Fails(new BeginVerificationRequest { UserId = user.UserId, Purpose = "withdrawal", OperationId = "op" }));
        Assert.StartsWith("required_factors", await Fails(new BeginVerificationRequest { UserId = user.UserId, Purpose = "withdrawal", OperationId = "op", RequiredFactors = { (Factor)42 } }));
        Assert.StartsWith("operation_id", await Fails(new BeginVerificationRequest { UserId = user.UserId, Purpose = "withdrawal", RequiredFactors = { Factor.Face } }));
        var missingUser = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Client.BeginVerificationAsync(new BeginVerificationRequest { Purpose = "withdrawal" }, fixture.Callers.System(user.UserId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, missingUser.StatusCode);
        Assert.StartsWith("user_id", missingUser.Status.Detail);

        var unknown = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.VerifySmsCodeAsync(
            new VerifySmsCodeRequest { UserId = user.UserId, VerificationId = "v_nope", Code = "123456" }, fixture.Callers.User(user.UserId), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>The last user id handed out: a registration that created anything would have moved it.</summary>
    private async Task<string?> UserSequenceAsync() => await fixture.RedisClient.GetStringAsync("identity:user-seq");
}
