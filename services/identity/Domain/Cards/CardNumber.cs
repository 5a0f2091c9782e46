namespace Platform.Identity.Domain.Cards;

/// <summary>A bank card number: 16 to 19 digits that pass the Luhn check.</summary>
public static class CardNumber
{
    public static bool IsValid(string number)
    {
        if (number.Length is < 16 or > 19 || !number.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
