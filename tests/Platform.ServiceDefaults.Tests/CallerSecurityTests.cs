using System.Security.Cryptography;
using Grpc.Core;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults.Tests;

public sealed class CallerSecurityTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }

    /// <summary>A signer holding <paramref name="signerKey"/> and a verifier holding the deployment's key.</summary>
    private static (CallerMetadata Sign, CallerVerifier Verify) Create(
        string signerKey, string service = "withdrawal", TimeProvider? signerClock = null)
    {
        var signerOptions = Options.Create(new InternalCallOptions { InternalKey = signerKey, ServiceName = service });
        var environment = new HostingEnvironment { ApplicationName = service };
        var signer = new CallerMetadata(new CallerSignature(signerOptions), signerOptions, environment, signerClock ?? TimeProvider.System);
        var verifierOptions = Options.Create(new InternalCallOptions { InternalKey = Key });
        return (signer, new CallerVerifier(new CallerSignature(verifierOptions), verifierOptions, TimeProvider.System));
    }

    [Fact]
    public void A_signed_user_call_is_verified_and_authorised_for_that_user_only()
    {
        var (sign, verify) = Create(Key);
        var context = new HeadersOnlyCallContext(sign.ForUser("u1"));

        var caller = verify.RequireUser(context, "u1");

        Assert.Equal(new Caller("withdrawal", CallerRole.User, "u1"), caller);
        var denied = Assert.Throws<RpcException>(() => verify.RequireUser(context, "u2"));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }

    [Fact]
    public void A_changed_user_header_breaks_the_signature()
    {
        var (sign, verify) = Create(Key);
        var headers = sign.ForUser("u1");
        headers.Remove(headers.Get(CallerHeaders.User)!);
        headers.Add(CallerHeaders.User, "u2");

        var error = Assert.Throws<RpcException>(() => verify.RequireUser(new HeadersOnlyCallContext(headers), "u2"));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public void A_call_signed_with_another_key_is_unauthenticated()
    {
        var (sign, _) = Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var (_, verify) = Create(Key);

        var error = Assert.Throws<RpcException>(() => verify.GetCaller(new HeadersOnlyCallContext(sign.ForUser("u1"))));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public void An_old_signature_is_refused()
    {
        var (sign, verify) = Create(Key, signerClock: new ShiftedClock(TimeSpan.FromMinutes(-10)));

        var error = Assert.Throws<RpcException>(() => verify.GetCaller(new HeadersOnlyCallContext(sign.ForUser("u1"))));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public void Unsigned_calls_and_missing_user_ids_get_clear_statuses()
    {
        var (sign, verify) = Create(Key);

        var unsigned = Assert.Throws<RpcException>(() => verify.GetCaller(new HeadersOnlyCallContext([])));
        var noUser = Assert.Throws<RpcException>(() => verify.RequireUser(new HeadersOnlyCallContext(sign.ForUser("u1")), ""));

        Assert.Equal(StatusCode.Unauthenticated, unsigned.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, noUser.StatusCode);
    }

    [Fact]
    public void Operators_pass_only_where_allowed()
    {
        var (sign, verify) = Create(Key, service: "gateway");
        var context = new HeadersOnlyCallContext(sign.ForOperator("ops-1"));

        Assert.True(verify.RequireOperator(context).IsOperator);
        Assert.Equal(StatusCode.PermissionDenied, Assert.Throws<RpcException>(() => verify.RequireUser(context, "u1")).StatusCode);
        Assert.True(verify.RequireUser(context, "u1", allowOperator: true).IsOperator);
        Assert.Equal(StatusCode.PermissionDenied,
            Assert.Throws<RpcException>(() => verify.RequireOperator(new HeadersOnlyCallContext(sign.ForUser("u1")))).StatusCode);
    }

    [Fact]
    public void A_missing_or_short_key_fails_with_a_clear_message()
    {
        var (sign, _) = Create(Convert.ToBase64String(new byte[8]));

        var error = Assert.Throws<InvalidOperationException>(() => sign.ForUser("u1"));

        Assert.Contains("Platform__InternalKey", error.Message);
    }
}
