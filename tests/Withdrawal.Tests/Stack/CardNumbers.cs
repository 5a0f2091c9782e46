namespace Platform.Withdrawal.Tests.Stack;

/// <summary>Luhn-valid test card numbers ending in chosen digits (the simulated bank reacts to some endings).</summary>
public static class CardNumbers
{
    public static string EndingIn(string last4)
    {
        var digits = ("622202" + Random.Shared.NextInt64(100_000, 999_999) + last4).Select(c => c - '0').ToArray();
        // Position 11 is free: one of its ten values makes the whole number Luhn-valid (doubling is a bijection mod 10).
        for (var candidate = 0; candidate < 10; candidate++)
        {
            digits[11] = candidate;
            if (IsLuhnValid(digits)) return string.Concat(digits);
        }
        throw new InvalidOperationException("No Luhn-valid card number exists with these digits.");
    }

    private static bool IsLuhnValid(int[] digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i];
            if (i % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
