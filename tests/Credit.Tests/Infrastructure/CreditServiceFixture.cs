using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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

    private WebApplication? _app;
    private GrpcChannel? _channel;

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

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = Redis.ConnectionString,
            ["Platform:InternalKey"] = Callers.InternalKey,
            ["Platform:ServiceName"] = "credit",
            ["Credit:SweepInterval"] = "00:00:00.200",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.AddServiceDefaults();
        builder.AddCreditServices();

        _app = builder.Build();
        _app.MapGrpcService<CreditService>();
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _channel = GrpcChannel.ForAddress(address);
        Client = new CreditClient(_channel);
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
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
