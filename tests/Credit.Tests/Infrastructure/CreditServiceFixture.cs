using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Identity.V1;
using Platform.Credit.Extensions;
using Platform.Credit.Grpc;
using Platform.Redis;
using Platform.Services.Testing;
using Platform.Testing;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;

namespace Platform.Credit.Tests.Infrastructure;

/// <summary>
/// One real redis-server and one credit service on real Kestrel HTTP/2 (a free loopback port) for the whole test
/// assembly, with a clock the tests move. Each test works on fresh user ids, so tests never see each other's lines.
/// </summary>
public sealed class CreditServiceFixture : IAsyncLifetime
{
    /// <summary>10:00 in China on a Tuesday: tests that care about dates move the clock themselves.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    private GrpcServiceHost? _host;

    public ManualTimeProvider Time { get; } = new(Start);

    public TestCallers Callers { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    /// <summary>A separate connection for looking at Redis directly, as the service's own scripts left it.</summary>
    public RedisClient RedisClient { get; private set; } = null!;

    public CreditClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Callers = new TestCallers(Time);
        Redis = await RedisServer.StartAsync();
        RedisClient = RedisClient.Create(Redis.ConnectionString);
        _host = await GrpcServiceHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:redis"] = Redis.ConnectionString,
                ["Platform:InternalKey"] = Callers.InternalKey,
                ["Platform:ServiceName"] = "credit",
                ["OTEL_SERVICE_NAME"] = "credit",
                ["Credit:SweepInterval"] = "00:00:00.200",
            },
            Time,
            builder => builder.AddCreditServices(),
            app => app.MapGrpcService<CreditService>());
        Client = new CreditClient(_host.Channel);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        await RedisClient.DisposeAsync();
        await Redis.DisposeAsync();
    }

    public static string NewUser() => "u-" + Guid.NewGuid().ToString("N")[..16];

    public static string NewOperation() => "op-" + Guid.NewGuid().ToString("N")[..16];

    public static DateTime Deadline => DateTime.UtcNow.AddSeconds(30);

    /// <summary>Opens a line as an operator: 10,000 CNY with a 5,000 CNY cash sub-limit unless told otherwise.</summary>
    public async Task<CreditLine> OpenLineAsync(string userId, long limitFen = 1_000_000, long cashLimitFen = 500_000, int statementDay = 5) =>
        await Client.OpenLineAsync(
            new OpenLineRequest { UserId = userId, LimitFen = limitFen, CashLimitFen = cashLimitFen, StatementDay = statementDay },
            Callers.Operator(), Deadline);

    public async Task<Hold> ReserveAsync(
        string userId, string operationId, long amountFen,
        VerificationStrength strength = VerificationStrength.Face, int expiresInSeconds = 0) =>
        await Client.ReserveAsync(
            new ReserveRequest
            {
                UserId = userId, OperationId = operationId, AmountFen = amountFen, Strength = strength,
                ExpiresInSeconds = expiresInSeconds,
            },
            Callers.System(userId), Deadline);

    public async Task<Hold> PostAsync(string userId, string operationId) =>
        await Client.PostAsync(new SettleHoldRequest { UserId = userId, OperationId = operationId }, Callers.System(userId), Deadline);

    public async Task<Hold> VoidAsync(string userId, string operationId, string reason = "bank_rejected") =>
        await Client.VoidAsync(
            new SettleHoldRequest { UserId = userId, OperationId = operationId, Reason = reason }, Callers.System(userId), Deadline);

    public async Task<CreditLine> GetLineAsync(string userId) =>
        await Client.GetLineAsync(new GetLineRequest { UserId = userId }, Callers.User(userId), Deadline);

    /// <summary>Every ledger line of the user, following the pages.</summary>
    public async Task<List<LedgerEntry>> ReadLedgerAsync(string userId, int pageSize = 200)
    {
        List<LedgerEntry> all = [];
        var token = "";
        do
        {
            var page = await Client.ListLedgerAsync(
                new ListLedgerRequest { UserId = userId, PageSize = pageSize, PageToken = token }, Callers.User(userId), Deadline);
            all.AddRange(page.Entries);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return all;
    }

    /// <summary>Asserts that the call fails with <paramref name="code"/> and returns the exception.</summary>
    public static async Task<RpcException> FailsWith(StatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(error.StatusCode == code, $"Expected {code} but got {error.StatusCode}: {error.Status.Detail}");
        return error;
    }
}
