using Platform.Gateway.Problems;

namespace Platform.Gateway.Tests.Problems;

public sealed class FieldNamesTests
{
    [Theory]
    [InlineData("amount_fen must be positive", "amountFen", "must be positive")]
    [InlineData("limits.single_transaction_fen must be at most limits.daily_fen", "limits.singleTransactionFen", "must be at most limits.dailyFen")]
    [InlineData("purpose is required: 1 to 32 lowercase letters or _", "purpose", "is required: 1 to 32 lowercase letters or _")]
    [InlineData("phone must be an E.164 number such as +8613800138000", "phone", "must be an E.164 number such as +8613800138000")]
    public void A_service_message_names_its_fields_as_the_client_sent_them(string detail, string field, string message) =>
        Assert.Equal((field, message), FieldNames.SplitFieldMessage(detail));

    [Fact]
    public void A_message_that_names_no_field_is_left_alone() =>
        Assert.Null(FieldNames.SplitFieldMessage("The request was refused."));
}
