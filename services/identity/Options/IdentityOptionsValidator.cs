using Microsoft.Extensions.Options;
using Platform.Identity.Domain.Credentials;

namespace Platform.Identity.Options;

/// <summary>Refuses to start with missing secrets or settings outside the rules identity promises.</summary>
public sealed class IdentityOptionsValidator : IValidateOptions<IdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityOptions options)
    {
        var failures = new List<string>();
        Secret(failures, options.PaymentPasswordPepper, "Identity:PaymentPasswordPepper");
        if (options.FaceKeys.Count == 0) failures.Add("Identity:FaceKeys:<id> must name at least one face key (base64 of 32 bytes).");
        foreach (var (id, key) in options.FaceKeys) Secret(failures, key, $"Identity:FaceKeys:{id}");
        if (options.Passwords.Pbkdf2Iterations < 100_000) failures.Add("Identity:Passwords:Pbkdf2Iterations must be at least 100000.");
        if (options.SmsCodes.Lifetime <= TimeSpan.Zero || options.SmsCodes.Lifetime > TimeSpan.FromMinutes(10))
            failures.Add("Identity:SmsCodes:Lifetime must be positive and at most 10 minutes.");
        if (options.SmsCodes.MaxChecks is < 1 or > 5) failures.Add("Identity:SmsCodes:MaxChecks must be 1 to 5.");
        if (options.Face.Threshold <= 0) failures.Add("Identity:Face:Threshold must be positive.");
        if (options.Face.SessionLifetime <= TimeSpan.Zero || options.Face.SessionLifetime > TimeSpan.FromMinutes(3))
            failures.Add("Identity:Face:SessionLifetime must be positive and at most 3 minutes.");
        Face(failures, options.Face);
        foreach (var (setting, policy) in Policies(options))
        {
            if (policy.MaxFailures < 1 || policy.LockDuration <= TimeSpan.Zero || policy.HardCap < 0)
                failures.Add($"Identity:{setting} needs MaxFailures ≥ 1, a positive LockDuration and HardCap ≥ 0.");
        }
        if (options.SecurityEventsKept < 1) failures.Add("Identity:SecurityEventsKept must be at least 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Face(List<string> failures, FaceOptions face)
    {
        if (string.IsNullOrWhiteSpace(face.ModelDirectory)) failures.Add("Identity:Face:ModelDirectory must name the folder of the face models.");
        if (face.TurnYaw is <= 0 or >= 1) failures.Add("Identity:Face:TurnYaw must be between 0 and 1.");
        if (face.MaxConcurrentAnalyses < 1 || face.MaxQueuedAnalyses < 0)
            failures.Add("Identity:Face:MaxConcurrentAnalyses must be at least 1 and MaxQueuedAnalyses at least 0.");
        var images = face.Images;
        if (images.MaxEnrolmentImages is < 1 or > 10 || images.MaxFrames is < 1 or > 30)
            failures.Add("Identity:Face:Images needs MaxEnrolmentImages 1 to 10 and MaxFrames 1 to 30.");
        if (images.MaxImageBytes is < 1024 or > 8 * 1024 * 1024 || images.MaxImagePixels < 1 || images.MaxTotalPixels < images.MaxImagePixels)
            failures.Add("Identity:Face:Images needs MaxImageBytes 1 KiB to 8 MiB and 0 < MaxImagePixels ≤ MaxTotalPixels.");
    }

    private static IEnumerable<(string, LockoutPolicy)> Policies(IdentityOptions options) =>
    [
        ("Passwords:LoginLockout", options.Passwords.LoginLockout),
        ("Passwords:PaymentLockout", options.Passwords.PaymentLockout),
        ("Devices:Lockout", options.Devices.Lockout),
        ("Face:Lockout", options.Face.Lockout),
    ];

    private static void Secret(List<string> failures, string? value, string setting)
    {
        try
        {
            SecretKeys.Decode(value, setting);
        }
        catch (InvalidOperationException ex)
        {
            failures.Add(ex.Message);
        }
    }
}
