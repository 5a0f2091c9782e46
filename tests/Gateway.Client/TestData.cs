using System.Security.Cryptography;

namespace Platform.Gateway.Client;

/// <summary>Unique, valid-looking personal data for simulated users.</summary>
public static class TestData
{
    /// <summary>A mainland mobile number, +86 1xx xxxx xxxx, random enough never to collide in one run.</summary>
    public static string Phone() => "+8613" + RandomNumberGenerator.GetInt32(0, 1_000_000_000).ToString("D9");

    /// <summary>A 16-digit card number that passes the Luhn check, ending in <paramref name="last4"/> when given.</summary>
    public static string CardNumber(string? last4 = null)
    {
        var head = "62" + RandomNumberGenerator.GetInt32(0, 1_000_000_000).ToString("D9");
        var tail = last4 ?? RandomNumberGenerator.GetInt32(1000, 10_000).ToString("D4"); // never a simulated bank test card (0002, 0003)
        // Exactly one digit between head and tail makes the whole number Luhn-valid.
        for (var digit = 0; digit < 10; digit++)
        {
            var candidate = head + digit + tail;
            if (IsLuhnValid(candidate)) return candidate;
        }
        throw new InvalidOperationException("unreachable: one of ten digits always completes a Luhn number");
    }

    /// <summary>A 6-digit payment password a person might pick: never one digit repeated nor a straight run.</summary>
    public static string PaymentPassword()
    {
        while (true)
        {
            var pin = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
            var steps = pin.Zip(pin.Skip(1), (a, b) => b - a).Distinct().ToArray();
            if (steps is not [0] and not [1] and not [-1]) return pin;
        }
    }

    public static bool IsLuhnValid(string number)
    {
        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
