namespace Platform.Identity.Domain.Credentials;

/// <summary>Refuses the payment passwords guessed first: one repeated digit, or a straight run up or down.</summary>
public static class PinStrength
{
    public static bool IsTrivial(string pin)
    {
        if (pin.All(digit => digit == pin[0])) return true;
        var ascending = true;
        var descending = true;
        for (var i = 1; i < pin.Length; i++)
        {
            ascending &= pin[i] - pin[i - 1] == 1;
            descending &= pin[i - 1] - pin[i] == 1;
        }
        return ascending || descending;
    }
}
