using System.Globalization;

namespace Platform.Bench.Withdrawals;

/// <summary>
/// How hard and how long: <c>--users 32 --seconds 30 --warmup 30 --amount 250000</c> (the defaults), where
/// <c>--users</c> is how many withdraw at once; <c>--accounts N</c> (8 per concurrent user by default) is how many
/// accounts they take turns on, so no account builds up a history no person would (risk reads a day of it); and
/// <c>--trace-ratio R</c> to have the services sample R of the traces (OTEL_TRACES_SAMPLER=parentbased_traceidratio)
/// instead of tracing every request as ./run.sh does.
/// </summary>
public sealed record LoadOptions(int Users, int Accounts, TimeSpan Measured, TimeSpan Warmup, long AmountFen, TimeSpan DrainTimeout, double? TraceRatio)
{
    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var users = Number("users", 32);
        var options = new LoadOptions(
            Users: users,
            Accounts: Number("accounts", users * 8),
            Measured: TimeSpan.FromSeconds(Number("seconds", 30)),
            Warmup: TimeSpan.FromSeconds(Number("warmup", 30)),
            AmountFen: Number("amount", 250_000),
            DrainTimeout: TimeSpan.FromSeconds(Number("drain", 120)),
            TraceRatio: Value("trace-ratio") is { } ratio ? double.Parse(ratio, CultureInfo.InvariantCulture) : null);
        if (options.Users < 1 || options.Measured <= TimeSpan.Zero || options.AmountFen < 1)
            throw new ArgumentException("--users, --seconds and --amount must be positive");
        if (options.Accounts < options.Users || options.Accounts % options.Users != 0)
            throw new ArgumentException("--accounts must be a multiple of --users");
        if (options.TraceRatio is < 0 or > 1) throw new ArgumentException("--trace-ratio must be between 0 and 1");
        return options;
    }

    /// <summary>Enough credit that no simulated user runs out during the run (they withdraw far more often than people).</summary>
    public long CreditLimitFen => AmountFen * 100_000;
}
