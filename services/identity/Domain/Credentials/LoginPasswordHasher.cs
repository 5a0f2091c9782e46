using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Identity.Options;

namespace Platform.Identity.Domain.Credentials;

/// <summary>
/// PBKDF2-SHA256 with a per-user salt. The stored form names its parameters
/// (<c>pbkdf2-sha256$iterations$salt$hash</c>), so the iteration count can rise without invalidating old hashes.
/// </summary>
public sealed class LoginPasswordHasher
{
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private readonly int _iterations;
    private readonly Lazy<string> _decoy;

    public LoginPasswordHasher(IOptions<IdentityOptions> options)
    {
        _iterations = options.Value.Passwords.Pbkdf2Iterations;
        if (_iterations < 100_000) throw new InvalidOperationException("Identity:Passwords:Pbkdf2Iterations must be at least 100000.");
        _decoy = new(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(18))));
    }

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, _iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, _iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
            return false;
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Spends the same work as a real check, so an unknown phone cannot be told apart by timing.</summary>
    public void VerifyDecoy(string password) => Verify(password, _decoy.Value);
}
