using Microsoft.AspNetCore.Authentication;

namespace Platform.Gateway.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>Access tokens (identity's JWKS), operator keys, login step-up tokens, and the policies over them.</summary>
    public static IServiceCollection AddGatewayAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessTokenOptions>(configuration.GetSection(AccessTokenOptions.Section));
        services.AddOptions<OperatorKeyOptions>()
            .Bind(configuration.GetSection(OperatorKeyOptions.Section))
            .Validate(o => o.OperatorKeys.Values.All(key => key.Length >= OperatorKeyOptions.MinKeyLength),
                $"Every Gateway:OperatorKeys entry must be at least {OperatorKeyOptions.MinKeyLength} characters.")
            .ValidateOnStart();
        services.AddSingleton<SigningKeyCache>();
        services.AddSingleton<ValidatedTokenCache>();
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton<StepUpTokens>();

        services.AddAuthentication(GatewaySchemes.Bearer)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(GatewaySchemes.Bearer, null)
            .AddScheme<AuthenticationSchemeOptions, StepUpTokenHandler>(GatewaySchemes.StepUp, null)
            .AddScheme<AuthenticationSchemeOptions, OperatorKeyHandler>(GatewaySchemes.OperatorKey, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(GatewaySchemes.UserPolicy, policy => policy
                .AddAuthenticationSchemes(GatewaySchemes.Bearer)
                .RequireClaim(UserClaims.Subject))
            .AddPolicy(GatewaySchemes.VerifierPolicy, policy => policy
                .AddAuthenticationSchemes(GatewaySchemes.StepUp, GatewaySchemes.Bearer)
                .RequireClaim(UserClaims.Subject))
            .AddPolicy(GatewaySchemes.OperatorPolicy, policy => policy
                .AddAuthenticationSchemes(GatewaySchemes.OperatorKey)
                .RequireClaim(UserClaims.Operator));
        return services;
    }
}
