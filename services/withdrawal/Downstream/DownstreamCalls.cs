using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Security;
using Platform.Withdrawal.Configuration;

namespace Platform.Withdrawal.Downstream;

/// <summary>
/// The options of every outgoing call: signed caller metadata and a deadline. Deadlines use the real clock on
/// purpose: they bound time on the wire, not business time (which comes from the injected TimeProvider).
/// </summary>
public sealed class DownstreamCalls(CallerMetadata caller, IOptions<WithdrawalOptions> options)
{
    private CallDeadlines Deadlines => options.Value.Deadlines;

    /// <summary>A saga step acting on its own for the user.</summary>
    public CallOptions Risk(string userId, CancellationToken cancellationToken) => System(userId, Deadlines.Risk, cancellationToken);

    public CallOptions Identity(string userId, CancellationToken cancellationToken) => System(userId, Deadlines.Identity, cancellationToken);

    public CallOptions Credit(string userId, CancellationToken cancellationToken) => System(userId, Deadlines.Credit, cancellationToken);

    /// <summary>A call made on the path of a request, passing its originator on.</summary>
    public CallOptions IdentityFor(Caller originator, CancellationToken cancellationToken) =>
        new(caller.Forward(originator), DateTime.UtcNow + Deadlines.Identity, cancellationToken);

    public TimeSpan BankDeadline => Deadlines.Bank;

    private CallOptions System(string userId, TimeSpan deadline, CancellationToken cancellationToken) =>
        new(caller.ForSystem(userId), DateTime.UtcNow + deadline, cancellationToken);
}
