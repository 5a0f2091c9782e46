using Grpc.Core;
using Platform.Grpc.Validation;

namespace Platform.Grpc.Tests.Validation;

public sealed class FieldRulesTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("+0123456789")]
    [InlineData("+86 138")]
    [InlineData("")]
    public void A_phone_not_in_E164_is_invalid_and_named(string phone)
    {
        var error = Assert.Throws<RpcException>(() => FieldRules.Phone(phone, "new_phone"));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("new_phone ", error.Status.Detail);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 1)]
    [InlineData(100, 100)]
    public void A_page_size_of_zero_means_the_default(int asked, int expected) => Assert.Equal(expected, FieldRules.PageSize(asked));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_page_size_out_of_range_is_invalid(int asked) =>
        Assert.Equal(StatusCode.InvalidArgument, Assert.Throws<RpcException>(() => FieldRules.PageSize(asked)).StatusCode);

    [Theory]
    [InlineData("../etc")]
    [InlineData("a b")]
    [InlineData("")]
    public void Ids_allow_only_a_safe_alphabet(string id) =>
        Assert.Contains("card_id", Assert.Throws<RpcException>(() => FieldRules.Id(id, "card_id")).Status.Detail);

    [Fact]
    public void Valid_values_come_back_unchanged()
    {
        Assert.Equal("+8613800138000", FieldRules.Phone("+8613800138000"));
        Assert.Equal("ip:2001:db8::1", FieldRules.ClientId("ip:2001:db8::1"));
        Assert.Equal("", FieldRules.OptionalId("", "device_id"));
        Assert.Equal("change_password", FieldRules.Purpose("change_password"));
    }
}
