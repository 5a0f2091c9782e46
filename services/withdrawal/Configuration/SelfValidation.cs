using Microsoft.Extensions.Options;

namespace Platform.Withdrawal.Configuration;

/// <summary>Runs <see cref="ISelfValidatingOptions.Validate"/> when the options are built (at start, with ValidateOnStart).</summary>
public sealed class SelfValidation<TOptions> : IValidateOptions<TOptions> where TOptions : class, ISelfValidatingOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException invalid)
        {
            return ValidateOptionsResult.Fail(invalid.Message);
        }
    }
}
